// SPDX-License-Identifier: MIT
#pragma once

#include "common/ListModelBase.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QNetworkAccessManager;
class QSslConfiguration;

namespace larder::api {
class ApiClient;
}
namespace larder::mqtt {
class MqttClient;
}
namespace larder::media {
class MediaCache;
class MediaChannel;
} // namespace larder::media

namespace larder::inventory {

/// "Look inside" (docs/api.md): the latest photo of each shelf of a fridge, taken by its cameras
/// when the door last closed, with the time it was taken. Loaded over REST, kept live from the
/// fridge's photo feed; each picture is fetched once into the device's cache (`localFile`).
class ShelfPhotos : public ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app makes the shelf photos of the fridge it shows.")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// When the newest photo was taken (invalid: none yet).
    Q_PROPERTY(QDateTime takenAt READ takenAt NOTIFY takenAtChanged)

public:
    enum Role {
        ShelfRole = Qt::UserRole + 1, ///< "top", "middle", "bottom", "door"
        LabelRole,                    ///< "Top shelf"
        KeyRole,
        TakenAtRole,   ///< a QDateTime
        LocalFileRole, ///< a file: URL of the picture on this device, or ""
    };
    Q_ENUM(Role)

    struct Photo
    {
        QString shelf, objectKey, localFile;
        qint64 takenAt = 0; ///< ms
        /// A row's identity in the list: its shelf.
        QString key() const { return shelf; }
        bool operator==(const Photo &) const = default;
    };

    ShelfPhotos(api::ApiClient *api, mqtt::MqttClient *mqtt, const QSslConfiguration &tls,
                const QString &familyId, const QString &thing, const QString &cacheDir,
                QObject *parent = nullptr);
    /// The door tablet's: listed and fetched over its own MQTT connection (the `photos` and
    /// `download` media requests), its pictures in @p cacheDir.
    static ShelfPhotos *forTablet(mqtt::MqttClient *mqtt, QNetworkAccessManager *network,
                                  const QSslConfiguration &tls, const QString &thing,
                                  const QString &cacheDir, QObject *parent = nullptr);
    ~ShelfPhotos() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    QDateTime takenAt() const;
    QString thing() const { return m_thing; }

    Q_INVOKABLE void refresh();
    static QString labelOf(const QString &shelf);

signals:
    void loadingChanged();
    void errorChanged();
    void takenAtChanged();

private:
    void show(const QJsonArray &photos);
    void fetchPictures();
    void onFeed(const QByteArray &payload, const QString &topic);

    ShelfPhotos(QNetworkAccessManager *network, mqtt::MqttClient *mqtt,
                const QSslConfiguration &tls, const QString &thing, const QString &cacheDir,
                std::unique_ptr<media::MediaChannel> channel, QObject *parent);

    api::ApiClient *m_api = nullptr; ///< a member's (REST); null on the door
    mqtt::MqttClient *m_mqtt;
    QString m_thing, m_feed;
    std::unique_ptr<media::MediaChannel> m_mediaChannel;
    std::unique_ptr<media::MediaCache> m_cache;
    QList<Photo> m_rows;
    QString m_error;
    bool m_loading = false;
};

} // namespace larder::inventory
