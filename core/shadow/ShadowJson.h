// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace larder::shadow {

/// Pure JSON operations behind AWS IoT shadow semantics: merging with null removal,
/// per-leaf metadata, delta computation and nesting depth.
namespace json {

/// Merges @p patch into @p base: named fields change, `null` removes a field, objects merge
/// recursively, arrays and scalars replace. Objects left empty by removals are pruned.
QJsonObject merge(const QJsonObject &base, const QJsonObject &patch);

/// Merges the metadata of @p patch (timestamps at @p timestamp) into @p metadata, mirroring
/// the state merge (a removed field loses its metadata).
QJsonObject mergeMetadata(const QJsonObject &metadata, const QJsonObject &patch, qint64 timestamp);

/// Metadata mirroring every leaf of @p value with `{"timestamp": t}`; arrays get one entry
/// per element.
QJsonValue metadataFor(const QJsonValue &value, qint64 timestamp);

/// Every desired field whose value differs from reported, with its path from the root.
/// Arrays that differ are copied whole.
QJsonObject delta(const QJsonObject &desired, const QJsonObject &reported);

/// The parts of @p metadata whose paths are present in @p shape.
QJsonObject projectMetadata(const QJsonObject &metadata, const QJsonObject &shape);

/// Levels of nesting inside @p object: `{"a":1}` is 1, `{"a":{"b":1}}` is 2; arrays count.
int depth(const QJsonObject &object);

/// True if any array anywhere inside @p value contains `null`.
bool arrayContainsNull(const QJsonValue &value);

/// The slash-separated paths of every leaf in @p object (`desired/fridge/setpoint`); an array
/// or a null is a leaf.
QStringList leafPaths(const QJsonObject &object);

/// @p object without the leaves at @p paths (objects left empty are pruned).
QJsonObject withoutPaths(const QJsonObject &object, const QSet<QString> &paths);

/// Compact serialized size in bytes.
qsizetype compactSize(const QJsonObject &object);

} // namespace json
} // namespace larder::shadow
