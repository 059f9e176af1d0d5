// SPDX-License-Identifier: MIT
#pragma once

#include "BoardChannel.h"
#include "BoardModel.h"

#include "media/MediaCache.h"
#include "media/MediaUploader.h"
#include "media/UnfinishedUploads.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::board {

/// A family's board as one person (or the door tablet) sees it (docs/api.md, "The family
/// board"): its posts newest first, kept live from the board's feed; how many are unread;
/// posting a voice message, a photo or a recipe card — the recording or photo goes up through
/// the MediaUploader first, and the post follows once the cloud has stored it (the uploader's
/// journal keeps both across a killed app); deleting (the author's or the owner's); marking
/// seen. Every failure is a sentence in `error`.
class Board : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app makes the board of the family it shows.")
    Q_PROPERTY(larder::board::BoardModel *posts READ posts CONSTANT)
    Q_PROPERTY(larder::media::MediaUploader *uploader READ uploader CONSTANT)
    /// The family's uploads not finished yet, for a member to see and cancel (null on the
    /// door tablet).
    Q_PROPERTY(larder::media::UnfinishedUploads *unfinished READ unfinished CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int unread READ unread NOTIFY unreadChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    /// @p viewer: the sub of the member looking, or "thing:{name}" for the tablet.
    Board(BoardChannel *channel, mqtt::MqttClient *mqtt, media::MediaUploader *uploader,
          QString viewer, bool viewerIsOwner, QObject *parent = nullptr);
    ~Board() override;

    /// A member's board of @p familyId, with its own channels and uploader (owned by it); its
    /// uploads in @p journal, which it resumes.
    static Board *forMember(api::ApiClient *api, mqtt::MqttClient *mqtt,
                            media::UploadJournal *journal, const QSslConfiguration &tls,
                            const QString &familyId, const QString &sub, bool owner,
                            QObject *parent = nullptr);
    /// The door tablet's board of its fridge's family, over its own MQTT connection (as
    /// "Kitchen tablet"); objects fetched into @p cacheDir through @p network.
    static Board *forTablet(mqtt::MqttClient *mqtt, QNetworkAccessManager *network,
                            media::UploadJournal *journal, const QSslConfiguration &tls,
                            const QString &thing, const QString &cacheDir,
                            QObject *parent = nullptr);

    BoardModel *posts() { return &m_model; }
    media::MediaUploader *uploader() const { return m_uploader; }
    media::UnfinishedUploads *unfinished() const { return m_unfinished.get(); }
    bool loading() const { return m_loading; }
    int unread() const;
    QString error() const { return m_error; }

    Q_INVOKABLE void refresh();
    /// @p file: a recording (audio/mp4, ogg, webm, wav) of @p durationMs.
    Q_INVOKABLE void postVoice(const QString &file, qint64 durationMs, const QString &text = {});
    Q_INVOKABLE void postPhoto(const QString &file, const QString &caption = {});
    /// @p photoFile may be empty.
    Q_INVOKABLE void postRecipe(const QString &title, const QString &text,
                                const QString &photoFile = {});
    Q_INVOKABLE void remove(const QString &postId);
    Q_INVOKABLE void markSeen(const QString &postId);
    /// Brings a post's recording or photo onto this device (its `localFile` role follows).
    Q_INVOKABLE void fetchMedia(const QString &postId);
    /// Where fetched objects are kept (none: fetchMedia does nothing).
    void setCache(media::MediaCache *cache) { m_cache = cache; }

    /// A post's fields as the cloud takes them, to be sent once its upload is stored.
    static constexpr const char *notePurpose = "board-post";

signals:
    void loadingChanged();
    void unreadChanged();
    void errorChanged();
    /// A post of this viewer's reached the board.
    void posted(const QString &postId);

private:
    void send(const QJsonObject &post);
    void onUploaded(const QString &id, const QJsonObject &stored, const QJsonObject &note);
    void onFeed(const QByteArray &payload, const QString &topic);
    void upsert(const Post &post);
    void setError(const QString &error);
    void setLoading(bool loading);
    QString sentence(const api::ApiResult &result) const;

    std::unique_ptr<QObject> m_ownedChannels; ///< the tablet's MQTT channels
    std::unique_ptr<BoardChannel> m_ownedChannel;
    std::unique_ptr<media::MediaChannel> m_ownedMediaChannel;
    std::unique_ptr<media::MediaUploader> m_ownedUploader;
    std::unique_ptr<media::MediaCache> m_ownedCache;
    std::unique_ptr<media::UnfinishedUploads> m_unfinished;
    media::MediaCache *m_cache = nullptr;
    BoardChannel *m_channel;
    QPointer<mqtt::MqttClient> m_mqtt;
    media::MediaUploader *m_uploader;
    QString m_viewer;
    bool m_owner;
    QString m_feed;
    BoardModel m_model;
    bool m_loading = false;
    QString m_error;
};

} // namespace larder::board
