// SPDX-License-Identifier: MIT
#include "ShelfPhotos.h"

#include "InventoryTopics.h"
#include "api/ApiClient.h"
#include "common/Guarded.h"
#include "media/MediaCache.h"
#include "media/MediaChannel.h"
#include "mqtt/MqttClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace larder::inventory {

ShelfPhotos::ShelfPhotos(api::ApiClient *api, mqtt::MqttClient *mqtt, const QSslConfiguration &tls,
                         const QString &familyId, const QString &thing, const QString &cacheDir,
                         QObject *parent)
    : ShelfPhotos(api->network(), mqtt, tls, thing, cacheDir,
                  std::make_unique<media::RestMediaChannel>(api, familyId), parent)
{
    m_api = api;
}

ShelfPhotos *ShelfPhotos::forTablet(mqtt::MqttClient *mqtt, QNetworkAccessManager *network,
                                    const QSslConfiguration &tls, const QString &thing,
                                    const QString &cacheDir, QObject *parent)
{
    return new ShelfPhotos(network, mqtt, tls, thing, cacheDir,
                           std::make_unique<media::TabletMediaChannel>(mqtt, thing), parent);
}

ShelfPhotos::ShelfPhotos(QNetworkAccessManager *network, mqtt::MqttClient *mqtt,
                         const QSslConfiguration &tls, const QString &thing,
                         const QString &cacheDir, std::unique_ptr<media::MediaChannel> channel,
                         QObject *parent)
    : ListModelBase(parent), m_mqtt(mqtt), m_thing(thing), m_feed(topics::shelfPhotos(thing)),
      m_mediaChannel(std::move(channel)),
      // A few pictures per fridge: a small cap keeps the latest ones.
      m_cache(std::make_unique<media::MediaCache>(network, tls, m_mediaChannel.get(), cacheDir,
                                                  20LL * 1024 * 1024))
{
    if (m_mqtt) {
        connect(m_mqtt, &mqtt::MqttClient::messageReceived, this, &ShelfPhotos::onFeed);
        // What the feed carried while the connection was down.
        connect(m_mqtt, &mqtt::MqttClient::connected, this, &ShelfPhotos::refresh);
        m_mqtt->subscribe(m_feed);
    }
}

ShelfPhotos::~ShelfPhotos()
{
    if (m_mqtt)
        m_mqtt->unsubscribe(m_feed);
}

int ShelfPhotos::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ShelfPhotos::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Photo &photo = m_rows.at(index.row());
    switch (role) {
    case ShelfRole:
        return photo.shelf;
    case Qt::DisplayRole:
    case LabelRole:
        return labelOf(photo.shelf);
    case KeyRole:
        return photo.objectKey;
    case TakenAtRole:
        return QDateTime::fromMSecsSinceEpoch(photo.takenAt);
    case LocalFileRole:
        return photo.localFile.isEmpty() ? QString()
                                         : QUrl::fromLocalFile(photo.localFile).toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ShelfPhotos::roleNames() const
{
    return {{ShelfRole, "shelf"},
            {LabelRole, "label"},
            {KeyRole, "objectKey"},
            {TakenAtRole, "takenAt"},
            {LocalFileRole, "localFile"}};
}

QDateTime ShelfPhotos::takenAt() const
{
    qint64 newest = 0;
    for (const Photo &photo : m_rows)
        newest = std::max(newest, photo.takenAt);
    return newest > 0 ? QDateTime::fromMSecsSinceEpoch(newest) : QDateTime();
}

QString ShelfPhotos::labelOf(const QString &shelf)
{
    if (shelf == u"top")
        return tr("Top shelf");
    if (shelf == u"middle")
        return tr("Middle shelf");
    if (shelf == u"bottom")
        return tr("Bottom shelf");
    if (shelf == u"door")
        return tr("Door");
    return shelf;
}

void ShelfPhotos::refresh()
{
    if (m_rows.isEmpty() && !m_loading) {
        m_loading = true;
        emit loadingChanged();
    }
    auto done = guarded(this, [this](const api::ApiResult &result) {
        if (m_loading) {
            m_loading = false;
            emit loadingChanged();
        }
        const QString error = result.ok ? QString() : result.message;
        if (error != m_error) {
            m_error = error;
            emit errorChanged();
        }
        if (result.ok)
            show(result.body.value(u"photos").toArray());
    });
    if (m_api)
        m_api->get(QStringLiteral("/devices/%1/photos").arg(m_thing), std::move(done));
    else
        m_mediaChannel->ask(QStringLiteral("photos"), {}, std::move(done));
}

void ShelfPhotos::onFeed(const QByteArray &payload, const QString &topic)
{
    if (topic != m_feed)
        return;
    const QJsonObject message = QJsonDocument::fromJson(payload).object();
    if (message.value(u"photos").isArray())
        show(message.value(u"photos").toArray());
}

void ShelfPhotos::show(const QJsonArray &photos)
{
    QList<Photo> rows;
    for (const QJsonValue &json : photos) {
        const QJsonObject object = json.toObject();
        Photo photo{object.value(u"shelf").toString(),
                    object.value(u"key").toString(),
                    {},
                    qint64(object.value(u"takenAt").toDouble())};
        if (photo.shelf.isEmpty() || photo.objectKey.isEmpty())
            continue;
        photo.localFile = m_cache->cached(photo.objectKey);
        rows.append(photo);
    }
    replaceRows(m_rows, rows);
    emit takenAtChanged();
    fetchPictures();
}

void ShelfPhotos::fetchPictures()
{
    for (const Photo &photo : std::as_const(m_rows)) {
        if (!photo.localFile.isEmpty())
            continue;
        m_cache->fetch(
            photo.objectKey,
            guarded(this, [this, key = photo.objectKey](const QString &path, const QString &error) {
                if (path.isEmpty()) {
                    m_error = error;
                    emit errorChanged();
                    return;
                }
                QList<Photo> rows = m_rows;
                for (Photo &row : rows)
                    if (row.objectKey == key)
                        row.localFile = path;
                replaceRows(m_rows, rows);
            }));
    }
}

} // namespace larder::inventory
