// SPDX-License-Identifier: MIT
// FleetIndex: what it keeps of each thing, and keeping it current (FleetSearch.cpp answers).
#include "FleetIndex.h"

#include "shadow/ShadowDocument.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace larder::cloud::fleet {

namespace {

QString numberText(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

/// Every scalar leaf of @p object under @p prefix ("shadow.reported"), arrays as several values.
void flatten(const QJsonValue &value, const QString &path, int depth,
             QHash<QString, QList<std::pair<QString, std::optional<double>>>> &out)
{
    switch (value.type()) {
    case QJsonValue::Object:
        if (depth < query::maxPathDepth) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                flatten(it.value(), path + u'.' + it.key(), depth + 1, out);
        }
        break;
    case QJsonValue::Array:
        for (const QJsonValue &item : value.toArray())
            if (!item.isArray() && !item.isObject())
                flatten(item, path, depth, out);
        break;
    case QJsonValue::Bool:
        out[path].append({value.toBool() ? QStringLiteral("true") : QStringLiteral("false"), {}});
        break;
    case QJsonValue::Double:
        out[path].append({numberText(value.toDouble()), value.toDouble()});
        break;
    case QJsonValue::String:
        out[path].append({value.toString().left(query::maxValueChars).toLower(), {}});
        break;
    default:
        break;
    }
}

} // namespace

QString FleetIndex::modelOf(const Doc &doc)
{
    // The registry's model (the manufacturer's reference table), else the one the fridge reports.
    return doc.model.isEmpty() ? doc.reported.value(u"model").toString().left(64) : doc.model;
}

int FleetIndex::idOf(const QString &thing)
{
    if (const auto it = m_ids.constFind(thing); it != m_ids.constEnd())
        return *it;
    int id;
    if (!m_free.empty()) {
        id = m_free.back();
        m_free.pop_back();
    } else {
        id = int(m_docs.size());
        m_docs.emplace_back();
    }
    Doc &doc = m_docs[size_t(id)];
    doc = Doc{};
    doc.thing = thing;
    doc.live = true;
    m_ids.insert(thing, id);
    m_order.insert(m_order.begin() + (orderOf(thing) - m_order.cbegin()), id);
    return id;
}

std::vector<int>::const_iterator FleetIndex::orderOf(const QString &name) const
{
    return std::lower_bound(
        m_order.cbegin(), m_order.cend(), name,
        [this](int id, const QString &n) { return m_docs[size_t(id)].thing < n; });
}

FleetIndex::Fields FleetIndex::fieldsOf(const Doc &doc)
{
    QHash<QString, QList<std::pair<QString, std::optional<double>>>> flat;
    flatten(doc.reported, QStringLiteral("shadow.reported"), 0, flat);
    flatten(doc.desired, QStringLiteral("shadow.desired"), 0, flat);
    Fields fields;
    for (auto it = flat.begin(); it != flat.end(); ++it)
        for (const auto &[text, number] : it.value())
            fields[it.key()].append({text, number});
    const auto word = [](const QString &text) { return Value{text.toLower(), {}}; };
    const auto number = [](double n) { return Value{numberText(n), n}; };
    const auto flag = [](bool b) {
        return Value{b ? QStringLiteral("true") : QStringLiteral("false"), {}};
    };
    fields[QStringLiteral("thingName")] = {word(doc.thing)};
    if (const QString model = modelOf(doc); !model.isEmpty())
        fields[QStringLiteral("thingTypeName")] = {word(model)};
    for (const QString &group : doc.groups)
        fields[QStringLiteral("thingGroupNames")].append(word(group));
    fields[QStringLiteral("connectivity.connected")] = {flag(doc.connected)};
    if (doc.connectedAt > 0)
        fields[QStringLiteral("connectivity.timestamp")] = {number(double(doc.connectedAt))};
    fields[QStringLiteral("shadow.hasDelta")] = {flag(doc.hasDelta)};
    fields[QStringLiteral("alerts.open")] = {number(doc.openAlerts)};
    return fields;
}

void FleetIndex::reindex(int id, Fields fields)
{
    Doc &doc = m_docs[size_t(id)];
    const auto drop = [this, id](const QString &field, const Value &value) {
        FieldIndex &index = m_fields[field];
        const auto without = [id](auto &map, const auto &key) {
            const auto it = map.find(key);
            if (it == map.end())
                return;
            std::vector<int> &ids = it->second;
            if (const auto at = std::find(ids.begin(), ids.end(), id); at != ids.end()) {
                *at = ids.back();
                ids.pop_back();
            }
            if (ids.empty())
                map.erase(it);
        };
        without(index.byText, value.text);
        if (value.number)
            without(index.byNumber, *value.number);
    };
    const auto add = [this, id](const QString &field, const Value &value) {
        FieldIndex &index = m_fields[field];
        index.byText[value.text].push_back(id);
        if (value.number)
            index.byNumber[*value.number].push_back(id);
    };
    const auto same = [](const QList<Value> &a, const QList<Value> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [](const Value &x, const Value &y) {
                              return x.text == y.text && x.number == y.number;
                          });
    };
    // Only what changed moves: a fridge's report touches a few of its fields.
    for (auto it = doc.fields.cbegin(); it != doc.fields.cend(); ++it) {
        const auto now = fields.constFind(it.key());
        if (now != fields.cend() && same(*now, it.value()))
            continue;
        for (const Value &value : it.value())
            drop(it.key(), value);
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const auto was = doc.fields.constFind(it.key());
        if (was != doc.fields.cend() && same(*was, it.value()))
            continue;
        for (const Value &value : it.value())
            add(it.key(), value);
    }
    doc.fields = std::move(fields);
    doc.json = doc.live ? toJson(doc) : QJsonObject();
}

void FleetIndex::setRegistry(const QString &thing, const QString &model, const QStringList &groups)
{
    QWriteLocker lock(&m_lock);
    const int id = idOf(thing);
    Doc &doc = m_docs[size_t(id)];
    doc.model = model;
    doc.groups = groups;
    reindex(id, fieldsOf(doc));
}

void FleetIndex::setGroups(const QString &thing, const QStringList &groups)
{
    QWriteLocker lock(&m_lock);
    const auto it = m_ids.constFind(thing);
    if (it == m_ids.constEnd())
        return;
    Doc &doc = m_docs[size_t(*it)];
    doc.groups = groups;
    reindex(*it, fieldsOf(doc));
}

void FleetIndex::setShadow(const QString &thing, const shadow::ShadowDocument &document)
{
    QWriteLocker lock(&m_lock);
    const int id = idOf(thing);
    Doc &doc = m_docs[size_t(id)];
    doc.reported = document.reported();
    doc.desired = document.desired();
    doc.version = document.version();
    doc.hasDelta = !document.delta().isEmpty();
    doc.connected = doc.reported.value(u"connected").toBool();
    const double at = document.metadata()
                          .value(u"reported")
                          .toObject()
                          .value(u"connected")
                          .toObject()
                          .value(u"timestamp")
                          .toDouble();
    doc.connectedAt = qint64(at) * 1000;
    reindex(id, fieldsOf(doc));
}

void FleetIndex::setOpenAlerts(const QString &thing, int open)
{
    QWriteLocker lock(&m_lock);
    const auto it = m_ids.constFind(thing);
    if (it == m_ids.constEnd() || m_docs[size_t(*it)].openAlerts == open)
        return;
    Doc &doc = m_docs[size_t(*it)];
    doc.openAlerts = open;
    reindex(*it, fieldsOf(doc));
}

void FleetIndex::remove(const QString &thing)
{
    QWriteLocker lock(&m_lock);
    const auto it = m_ids.constFind(thing);
    if (it == m_ids.constEnd())
        return;
    const int id = *it;
    m_order.erase(m_order.begin() + (orderOf(thing) - m_order.cbegin())); // by its name: first
    reindex(id, {});
    m_docs[size_t(id)] = Doc{};
    m_free.push_back(id);
    m_ids.erase(it);
}

bool FleetIndex::contains(const QString &thing) const
{
    QReadLocker lock(&m_lock);
    return m_ids.contains(thing);
}

int FleetIndex::size() const
{
    QReadLocker lock(&m_lock);
    return int(m_ids.size());
}

QJsonObject FleetIndex::toJson(const Doc &doc)
{
    QJsonObject connectivity{{QStringLiteral("connected"), doc.connected}};
    if (doc.connectedAt > 0)
        connectivity.insert(QStringLiteral("timestamp"), double(doc.connectedAt));
    return {
        {QStringLiteral("thingName"), doc.thing},
        {QStringLiteral("thingTypeName"), modelOf(doc)},
        {QStringLiteral("thingGroupNames"), QJsonArray::fromStringList(doc.groups)},
        {QStringLiteral("connectivity"), connectivity},
        {QStringLiteral("shadow"), QJsonObject{{QStringLiteral("reported"), doc.reported},
                                               {QStringLiteral("desired"), doc.desired},
                                               {QStringLiteral("hasDelta"), doc.hasDelta},
                                               {QStringLiteral("version"), double(doc.version)}}},
        {QStringLiteral("alerts"), QJsonObject{{QStringLiteral("open"), doc.openAlerts}}}};
}

} // namespace larder::cloud::fleet
