// SPDX-License-Identifier: MIT
#include "BoardPost.h"

#include "common/InputHygiene.h"

#include <QJsonArray>

#include <cmath>

namespace larder::cloud::board {

QJsonObject Post::toJson() const
{
    QJsonArray seen;
    for (const Seen &entry : seenBy)
        seen.append(QJsonObject{{QStringLiteral("id"), entry.viewer},
                                {QStringLiteral("name"), entry.name},
                                {QStringLiteral("at"), entry.at}});
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("author"),
                      QJsonObject{{QStringLiteral("id"), author},
                                  {QStringLiteral("name"), authorName},
                                  {QStringLiteral("kind"), author.startsWith(u"thing:")
                                                               ? QStringLiteral("tablet")
                                                               : QStringLiteral("member")}}},
                     {QStringLiteral("createdAt"), createdAt},
                     {QStringLiteral("seenBy"), seen}};
    if (!mediaKey.isEmpty())
        json.insert(QStringLiteral("media"), QJsonObject{{QStringLiteral("key"), mediaKey},
                                                         {QStringLiteral("contentType"), mediaType},
                                                         {QStringLiteral("size"), mediaSize}});
    if (kind == u"voice")
        json.insert(QStringLiteral("durationMs"), durationMs);
    return json;
}

QString mediaKindFor(const QString &postKind)
{
    return postKind == u"voice" ? QStringLiteral("voice") : QStringLiteral("photo");
}

std::optional<Post> postFrom(const QJsonObject &body, QString *why)
{
    Post post;
    post.kind = body.value(u"kind").toString();
    // Cleaned as names are: no control, bidi or zero-width characters to hide or reorder what
    // the family reads (the text keeps its line breaks).
    const QString title = body.value(u"title").toString();
    const auto cleanTitle = hygiene::displayName(title, maxTitle);
    post.title = cleanTitle.value_or(QString());
    const auto cleanText = hygiene::text(body.value(u"text").toString(),
                                         post.kind == u"recipe" ? maxText : maxCaption);
    post.text = cleanText.value_or(QString());
    post.mediaKey = body.value(u"mediaKey").toString();
    // A number as JSON has it (1e300 is one): checked before it becomes an integer.
    const QJsonValue duration = body.value(u"durationMs");
    const double ms = duration.toDouble(0);
    if ((!duration.isUndefined() && !duration.isNull() && !duration.isDouble()) ||
        ms != std::floor(ms)) {
        *why = QStringLiteral("durationMs is a whole number of milliseconds.");
        return std::nullopt;
    }
    if (ms < 0 || ms > 10 * 60 * 1000) {
        *why = QStringLiteral("A voice message is at most 10 minutes long.");
        return std::nullopt;
    }
    post.durationMs = qint64(ms);
    if (post.kind != u"voice" && post.kind != u"photo" && post.kind != u"recipe") {
        *why = QStringLiteral("Say which kind of post: voice, photo or recipe.");
        return std::nullopt;
    }
    const int longestText = post.kind == u"recipe" ? maxText : maxCaption;
    if ((!cleanTitle && !title.simplified().isEmpty()) || !cleanText ||
        post.title.size() > maxTitle || post.text.size() > longestText) {
        *why = QStringLiteral("A title is at most %1 characters, the text at most %2.")
                   .arg(maxTitle)
                   .arg(longestText);
        return std::nullopt;
    }
    if (post.kind != u"recipe" && post.mediaKey.isEmpty()) {
        *why = post.kind == u"voice" ? QStringLiteral("A voice message needs its recording.")
                                     : QStringLiteral("A photo post needs its photo.");
        return std::nullopt;
    }
    if (post.kind == u"recipe" && post.title.isEmpty()) {
        *why = QStringLiteral("A recipe card needs a title.");
        return std::nullopt;
    }
    return post;
}

bool mayDelete(const QString &viewer, bool viewerIsOwner, const Post &post)
{
    return !viewer.isEmpty() && (viewer == post.author || viewerIsOwner);
}

QJsonObject viewJson(const Post &post, const QString &viewer, bool viewerIsOwner)
{
    QJsonObject json = post.toJson();
    const bool mine = post.author == viewer;
    const bool seen = mine || std::any_of(post.seenBy.cbegin(), post.seenBy.cend(),
                                          [&](const Seen &s) { return s.viewer == viewer; });
    json.insert(QStringLiteral("mine"), mine);
    json.insert(QStringLiteral("seen"), seen);
    json.insert(QStringLiteral("mayDelete"), mayDelete(viewer, viewerIsOwner, post));
    return json;
}

} // namespace larder::cloud::board
