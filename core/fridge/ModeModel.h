// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace larder::fridge {

/// The fridge's five modes with their names and descriptions, for the mode selector.
class ModeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count CONSTANT)

public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, DescriptionRole, SymbolRole };
    Q_ENUM(Role)

    explicit ModeModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    /// The display name of a mode key ("superCool" → "Super cool").
    Q_INVOKABLE QString labelFor(const QString &key) const;

private:
    struct Mode
    {
        QString key, label, description, symbol;
    };
    QList<Mode> m_modes;
};

} // namespace larder::fridge
