// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "common/ListModelBase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace larder::commands {

/// One command as the app shows it (docs/api.md, "Commands"), with what a person reads of its
/// progress.
struct CommandRow
{
    QString id, command, title, jobStatus, step, result, reason;
    int progress = -1; ///< percent the fridge reported, or -1
    qint64 version = 0;
    qint64 createdAt = 0, updatedAt = 0; ///< ms
    QString key() const { return id; }
    bool operator==(const CommandRow &) const = default;
    static CommandRow fromJson(const QJsonObject &command);
    /// "waiting", "running", "done" or "failed".
    QString phase() const;
    /// "Waiting for the fridge", "Defrosting · 50 %", the fridge's result or its reason.
    QString stateText() const;

    Q_DECLARE_TR_FUNCTIONS(Commands) // (last: it opens a private section)
};

/// A fridge's commands, newest first, for a list view. Filled by Commands.
class CommandsModel : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Commands' list")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CommandRole, ///< "quickFreeze", "defrost", …
        TitleRole,   ///< "Quick-freeze for 6 hours"
        PhaseRole,   ///< "waiting", "running", "done", "failed"
        StateTextRole,
        ProgressRole, ///< 0–100, or -1 when the fridge reports none
        CreatedAtRole,
        UpdatedAtRole,
    };
    Q_ENUM(Role)

    using ListModelBase::ListModelBase;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<CommandRow> &rows() const { return m_rows; }
    void show(QList<CommandRow> rows);
    /// A change heard on the feed: replaces the row it is a later version of, or adds it.
    void apply(const CommandRow &row);

private:
    QList<CommandRow> m_rows;
};

} // namespace larder::commands
