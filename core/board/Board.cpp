// SPDX-License-Identifier: MIT
#include "Board.h"

#include "common/Guarded.h"
#include "media/MediaUploader.h"
#include "mqtt/MqttClient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrl>

namespace larder::board {

namespace {
/// A local path, from a path or a file: URL (what a file dialog gives).
QString localPath(const QString &file)
{
    return file.startsWith(u"file:") ? QUrl(file).toLocalFile() : file;
}
} // namespace

Board::Board(BoardChannel *channel, mqtt::MqttClient *mqtt, media::MediaUploader *uploader,
             QString viewer, bool viewerIsOwner, QObject *parent)
    : QObject(parent), m_channel(channel), m_mqtt(mqtt), m_uploader(uploader),
      m_viewer(std::move(viewer)), m_owner(viewerIsOwner), m_feed(channel->feedTopic())
{
    connect(&m_model, &BoardModel::dataChanged, this, &Board::unreadChanged);
    connect(&m_model, &BoardModel::countChanged, this, &Board::unreadChanged);
    if (m_uploader)
        connect(m_uploader, &media::MediaUploader::uploaded, this, &Board::onUploaded);
    if (m_mqtt) {
        connect(m_mqtt, &mqtt::MqttClient::messageReceived, this, &Board::onFeed);
        // What the feed carried while the connection was down.
        connect(m_mqtt, &mqtt::MqttClient::connected, this, &Board::refresh);
        m_mqtt->subscribe(m_feed);
    }
}

Board *Board::forMember(api::ApiClient *api, mqtt::MqttClient *mqtt, media::UploadJournal *journal,
                        const QSslConfiguration &tls, const QString &familyId, const QString &sub,
                        bool owner, QObject *parent)
{
    auto channel = std::make_unique<RestBoardChannel>(api, familyId);
    auto mediaChannel = std::make_unique<media::RestMediaChannel>(api, familyId);
    auto uploader = std::make_unique<media::MediaUploader>(
        media::UploadJob::Tools{tls, mediaChannel.get(), journal}, familyId);
    auto *board = new Board(channel.get(), mqtt, uploader.get(), sub, owner, parent);
    board->m_ownedChannel = std::move(channel);
    board->m_ownedMediaChannel = std::move(mediaChannel);
    board->m_ownedUploader = std::move(uploader);
    // Recordings and photos seen here stay on the device, within 200 MiB.
    board->m_ownedCache = std::make_unique<media::MediaCache>(
        api->network(), tls, board->m_ownedMediaChannel.get(),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
            QStringLiteral("/media/") + familyId);
    board->m_cache = board->m_ownedCache.get();
    board->m_unfinished = std::make_unique<media::UnfinishedUploads>(api, familyId, sub);
    board->m_unfinished->setSending([journal, familyId](const QString &key) {
        const auto pending = journal->pending(familyId);
        return std::any_of(pending.cbegin(), pending.cend(),
                           [&](const media::JournalEntry &entry) { return entry.key == key; });
    });
    board->m_uploader->resumePending();
    return board;
}

Board *Board::forTablet(mqtt::MqttClient *mqtt, QNetworkAccessManager *network,
                        media::UploadJournal *journal, const QSslConfiguration &tls,
                        const QString &thing, const QString &cacheDir, QObject *parent)
{
    auto channels = std::make_unique<QObject>();
    auto *channel = new TabletBoardChannel(mqtt, thing, channels.get());
    auto *mediaChannel = new media::TabletMediaChannel(mqtt, thing, channels.get());
    auto uploader = std::make_unique<media::MediaUploader>(
        media::UploadJob::Tools{tls, mediaChannel, journal}, thing);
    auto *board =
        new Board(channel, mqtt, uploader.get(), QStringLiteral("thing:") + thing, false, parent);
    board->m_ownedChannels = std::move(channels);
    board->m_ownedUploader = std::move(uploader);
    board->m_ownedCache = std::make_unique<media::MediaCache>(network, tls, mediaChannel, cacheDir);
    board->m_cache = board->m_ownedCache.get();
    board->m_uploader->resumePending();
    return board;
}

Board::~Board()
{
    if (m_mqtt)
        m_mqtt->unsubscribe(m_feed);
}

int Board::unread() const
{
    const QList<Post> &posts = m_model.posts();
    return int(std::count_if(posts.cbegin(), posts.cend(), [](const Post &p) { return !p.seen; }));
}

void Board::refresh()
{
    if (m_unfinished)
        m_unfinished->refresh();
    setLoading(m_model.count() == 0);
    m_channel->ask(QStringLiteral("list"), {{QStringLiteral("limit"), 50}},
                   guarded(this, [this](const api::ApiResult &result) {
                       setLoading(false);
                       if (!result.ok)
                           return setError(sentence(result));
                       QList<Post> posts;
                       for (const QJsonValue &json : result.body.value(u"posts").toArray())
                           posts.append(Post::fromJson(json.toObject(), m_viewer, m_owner));
                       for (Post &post : posts)
                           if (m_cache && !post.mediaKey.isEmpty())
                               post.localFile = m_cache->cached(post.mediaKey);
                       m_model.show(posts);
                       setError({});
                   }));
}

void Board::postVoice(const QString &file, qint64 durationMs, const QString &text)
{
    m_uploader->upload(localPath(file), QStringLiteral("voice"), {},
                       {{QStringLiteral("purpose"), QLatin1String(notePurpose)},
                        {QStringLiteral("kind"), QStringLiteral("voice")},
                        {QStringLiteral("durationMs"), durationMs},
                        {QStringLiteral("text"), text}});
    setError(m_uploader->error());
}

void Board::postPhoto(const QString &file, const QString &caption)
{
    m_uploader->upload(localPath(file), QStringLiteral("photo"), {},
                       {{QStringLiteral("purpose"), QLatin1String(notePurpose)},
                        {QStringLiteral("kind"), QStringLiteral("photo")},
                        {QStringLiteral("text"), caption}});
    setError(m_uploader->error());
}

void Board::postRecipe(const QString &title, const QString &text, const QString &photoFile)
{
    const QJsonObject post{{QStringLiteral("kind"), QStringLiteral("recipe")},
                           {QStringLiteral("title"), title.trimmed()},
                           {QStringLiteral("text"), text.trimmed()}};
    if (title.trimmed().isEmpty())
        return setError(tr("A recipe card needs a title."));
    if (photoFile.isEmpty())
        return send(post);
    QJsonObject note = post;
    note.insert(QStringLiteral("purpose"), QLatin1String(notePurpose));
    m_uploader->upload(localPath(photoFile), QStringLiteral("photo"), {}, note);
    setError(m_uploader->error());
}

void Board::onUploaded(const QString &, const QJsonObject &stored, const QJsonObject &note)
{
    if (note.value(u"purpose").toString() != QLatin1String(notePurpose))
        return;
    QJsonObject post = note;
    post.remove(QStringLiteral("purpose"));
    post.insert(QStringLiteral("mediaKey"), stored.value(u"key"));
    send(post);
}

void Board::send(const QJsonObject &post)
{
    m_channel->ask(QStringLiteral("post"), post,
                   guarded(this, [this](const api::ApiResult &result) {
                       if (!result.ok)
                           return setError(sentence(result));
                       const Post made = Post::fromJson(result.body, m_viewer, m_owner);
                       upsert(made);
                       setError({});
                       emit posted(made.id);
                   }));
}

void Board::remove(const QString &postId)
{
    m_channel->ask(QStringLiteral("delete"), {{QStringLiteral("id"), postId}},
                   guarded(this, [this, postId](const api::ApiResult &result) {
                       if (!result.ok && result.status != 404)
                           return setError(sentence(result));
                       QList<Post> posts = m_model.posts();
                       posts.removeIf([&](const Post &p) { return p.id == postId; });
                       m_model.show(posts);
                       setError({});
                   }));
}

void Board::markSeen(const QString &postId)
{
    const QList<Post> &posts = m_model.posts();
    const auto post =
        std::find_if(posts.cbegin(), posts.cend(), [&](const Post &p) { return p.id == postId; });
    if (post == posts.cend() || post->seen)
        return;
    Post seen = *post;
    seen.seen = true; // at once; the feed brings the cloud's record
    upsert(seen);
    m_channel->ask(QStringLiteral("seen"), {{QStringLiteral("id"), postId}},
                   [](const api::ApiResult &) {});
}

void Board::fetchMedia(const QString &postId)
{
    const QList<Post> &posts = m_model.posts();
    const auto post =
        std::find_if(posts.cbegin(), posts.cend(), [&](const Post &p) { return p.id == postId; });
    if (!m_cache || post == posts.cend() || post->mediaKey.isEmpty() || !post->localFile.isEmpty())
        return;
    m_cache->fetch(post->mediaKey,
                   guarded(this, [this, postId](const QString &path, const QString &error) {
                       if (path.isEmpty())
                           return setError(error);
                       QList<Post> posts = m_model.posts();
                       for (Post &post : posts)
                           if (post.id == postId)
                               post.localFile = path;
                       m_model.show(posts);
                   }));
}

void Board::onFeed(const QByteArray &payload, const QString &topic)
{
    if (topic != m_feed)
        return;
    const QJsonObject change = QJsonDocument::fromJson(payload).object();
    const QString op = change.value(u"op").toString();
    QList<Post> posts = m_model.posts();
    if (op == u"post") {
        upsert(Post::fromJson(change.value(u"post").toObject(), m_viewer, m_owner));
    } else if (op == u"delete") {
        const QString id = change.value(u"id").toString();
        posts.removeIf([&](const Post &p) { return p.id == id; });
        m_model.show(posts);
    } else if (op == u"seen") {
        const QString id = change.value(u"id").toString();
        for (Post &post : posts)
            if (post.id == id)
                post.seenByViewer(change.value(u"by")[u"id"].toString(),
                                  change.value(u"by")[u"name"].toString(), m_viewer);
        m_model.show(posts);
    }
}

void Board::upsert(const Post &post)
{
    QList<Post> posts = m_model.posts();
    Post shown = post;
    if (shown.localFile.isEmpty() && m_cache && !shown.mediaKey.isEmpty())
        shown.localFile = m_cache->cached(shown.mediaKey);
    posts.removeIf([&](const Post &p) { return p.id == post.id; });
    posts.append(shown);
    m_model.show(posts);
}

QString Board::sentence(const api::ApiResult &result) const
{
    QString message = result.body.value(u"message").toString();
    if (!message.isEmpty())
        return message;
    return result.message.isEmpty() ? tr("The board cannot be reached.") : result.message;
}

void Board::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

void Board::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

} // namespace larder::board
