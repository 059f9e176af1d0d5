// SPDX-License-Identifier: MIT
#pragma once

#include "common/ListModelBase.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace larder::api {
class ApiClient;
}

namespace larder::media {

/// The family's uploads not finished yet, whoever started them — a person's, the kitchen
/// tablet's, a fridge's cameras' — as a member sees them (`GET /families/{id}/media/uploads`),
/// each with what it already holds of the family's storage; a member may cancel any of them, so
/// nothing (a fridge stuck mid-upload, say) keeps the family's upload slots or storage.
class UnfinishedUploads : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The board makes the list of its family's unfinished uploads.")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole,      ///< "photo", "voice", "snapshot", "video"
        StartedByRole, ///< who started it, as the family knows them (a fridge by its name)
        ByDeviceRole,  ///< a fridge or its tablet, not a person
        IsMineRole,    ///< started by the person looking
        StartedAtRole, ///< a QDateTime
        BytesRole,     ///< what it holds on the cloud's disk
        SizeTextRole,  ///< the same, for people ("1.2 MB")
    };
    Q_ENUM(Role)

    struct Upload
    {
        QString objectKey, kind, startedBy, startedByName;
        bool byDevice = false;
        qint64 startedAt = 0; ///< s
        qint64 bytes = 0;
        /// A row's identity in the list: its object's key.
        QString key() const { return objectKey; }
        bool operator==(const Upload &) const = default;
        static Upload fromJson(const QJsonObject &json);
    };

    UnfinishedUploads(api::ApiClient *api, QString familyId, QString viewer,
                      QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }

    Q_INVOKABLE void refresh();
    /// Gives the upload of @p key up: its parts and its reservation go (any member may).
    Q_INVOKABLE void cancel(const QString &key);
    /// Gives every upload listed up.
    Q_INVOKABLE void cancelAll();

    /// Uploads this device is still sending (its uploader shows them) are not listed.
    void setSending(std::function<bool(const QString &key)> sending)
    {
        m_sending = std::move(sending);
    }

signals:
    void loadingChanged();
    void busyChanged();
    void errorChanged();

private:
    void setError(const QString &error);

    api::ApiClient *m_api;
    QString m_familyId, m_viewer;
    QList<Upload> m_rows;
    std::function<bool(const QString &key)> m_sending;
    bool m_loading = false;
    int m_cancelling = 0; ///< cancellations on their way
    bool m_busy = false;
    QString m_error;
};

} // namespace larder::media
