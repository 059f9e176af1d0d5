// SPDX-License-Identifier: MIT
#include "ShadowJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace larder::shadow::json {

QJsonObject merge(const QJsonObject &base, const QJsonObject &patch)
{
    QJsonObject out = base;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QJsonValue &value = it.value();
        if (value.isNull()) {
            out.remove(it.key());
        } else if (value.isObject()) {
            const QJsonValue existing = out.value(it.key());
            const QJsonObject merged =
                merge(existing.isObject() ? existing.toObject() : QJsonObject{}, value.toObject());
            if (merged.isEmpty() && !value.toObject().isEmpty())
                out.remove(it.key());
            else
                out.insert(it.key(), merged);
        } else {
            out.insert(it.key(), value);
        }
    }
    return out;
}

QJsonValue metadataFor(const QJsonValue &value, qint64 timestamp)
{
    if (value.isObject()) {
        QJsonObject meta;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            meta.insert(it.key(), metadataFor(it.value(), timestamp));
        return meta;
    }
    if (value.isArray()) {
        QJsonArray meta;
        for (const QJsonValue &element : value.toArray())
            meta.append(metadataFor(element, timestamp));
        return meta;
    }
    return QJsonObject{{QStringLiteral("timestamp"), timestamp}};
}

QJsonObject mergeMetadata(const QJsonObject &metadata, const QJsonObject &patch, qint64 timestamp)
{
    QJsonObject out = metadata;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QJsonValue &value = it.value();
        if (value.isNull()) {
            out.remove(it.key());
        } else if (value.isObject()) {
            const QJsonValue existing = out.value(it.key());
            // A leaf's metadata is {"timestamp":T}; it is not a nested state object.
            const bool nested = existing.isObject() && !existing.toObject().contains(u"timestamp");
            const QJsonObject merged = mergeMetadata(nested ? existing.toObject() : QJsonObject{},
                                                     value.toObject(), timestamp);
            if (merged.isEmpty() && !value.toObject().isEmpty())
                out.remove(it.key());
            else
                out.insert(it.key(), merged);
        } else {
            out.insert(it.key(), metadataFor(value, timestamp));
        }
    }
    return out;
}

QJsonObject delta(const QJsonObject &desired, const QJsonObject &reported)
{
    QJsonObject out;
    for (auto it = desired.begin(); it != desired.end(); ++it) {
        const QJsonValue &want = it.value();
        const auto found = reported.constFind(it.key());
        if (found == reported.constEnd()) {
            out.insert(it.key(), want);
        } else if (want.isObject() && found.value().isObject()) {
            const QJsonObject nested = delta(want.toObject(), found.value().toObject());
            if (!nested.isEmpty())
                out.insert(it.key(), nested);
        } else if (want != found.value()) {
            out.insert(it.key(), want);
        }
    }
    return out;
}

QJsonObject projectMetadata(const QJsonObject &metadata, const QJsonObject &shape)
{
    QJsonObject out;
    for (auto it = shape.begin(); it != shape.end(); ++it) {
        const QJsonValue meta = metadata.value(it.key());
        if (meta.isUndefined())
            continue;
        if (it.value().isObject() && meta.isObject() && !meta.toObject().contains(u"timestamp"))
            out.insert(it.key(), projectMetadata(meta.toObject(), it.value().toObject()));
        else
            out.insert(it.key(), meta);
    }
    return out;
}

static int depthOf(const QJsonValue &value)
{
    int deepest = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value()));
        return deepest + 1;
    }
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            deepest = std::max(deepest, depthOf(element));
        return deepest + 1;
    }
    return 0;
}

int depth(const QJsonObject &object)
{
    return depthOf(object);
}

bool arrayContainsNull(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            if (element.isNull() || arrayContainsNull(element))
                return true;
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (arrayContainsNull(it.value()))
                return true;
    }
    return false;
}

namespace {
void collectLeaves(const QJsonObject &object, const QString &prefix, QStringList *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'/' + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty())
            collectLeaves(it.value().toObject(), path, out);
        else
            out->append(path);
    }
}

QJsonObject prune(const QJsonObject &object, const QString &prefix, const QSet<QString> &paths)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'/' + it.key();
        if (paths.contains(path))
            continue;
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            const QJsonObject inner = prune(it.value().toObject(), path, paths);
            if (!inner.isEmpty())
                out.insert(it.key(), inner);
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}
} // namespace

QStringList leafPaths(const QJsonObject &object)
{
    QStringList out;
    collectLeaves(object, {}, &out);
    return out;
}

QJsonObject withoutPaths(const QJsonObject &object, const QSet<QString> &paths)
{
    return prune(object, {}, paths);
}

qsizetype compactSize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).size();
}

} // namespace larder::shadow::json
