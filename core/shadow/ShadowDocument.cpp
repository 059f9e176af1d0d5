// SPDX-License-Identifier: MIT
#include "ShadowDocument.h"
#include "ShadowJson.h"
#include "ShadowKeys.h"

#include <QJsonDocument>
#include <QStringDecoder>

namespace larder::shadow {

namespace {

const QString &kState = keys::state;
const QString &kDesired = keys::desired;
const QString &kReported = keys::reported;
const QString &kDelta = keys::delta;
const QString &kMetadata = keys::metadata;
const QString &kVersion = keys::version;
const QString &kTimestamp = keys::timestamp;
const QString &kClientToken = keys::clientToken;

ShadowError badRequest(const char *message)
{
    return {400, QString::fromLatin1(message)};
}

bool isUtf8(const QByteArray &payload)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(payload); // decoding happens on conversion
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

/// Parses a request body. An empty body (get/delete) is an empty object.
std::optional<QJsonObject> parseObject(const QByteArray &payload, ShadowError *error)
{
    if (payload.trimmed().isEmpty())
        return QJsonObject{};
    if (!isUtf8(payload)) {
        *error = {415,
                  QStringLiteral("Unsupported documented encoding; supported encoding is UTF-8")};
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = badRequest("Invalid JSON");
        return std::nullopt;
    }
    return doc.object();
}

std::optional<ShadowError> validateClientToken(const QJsonObject &request)
{
    if (!request.contains(kClientToken))
        return std::nullopt;
    const QJsonValue token = request.value(kClientToken);
    if (!token.isString() || token.toString().toUtf8().size() > ShadowLimits::maxClientTokenBytes)
        return badRequest("Invalid clientToken");
    return std::nullopt;
}

QJsonObject withToken(QJsonObject object, const QString &clientToken)
{
    if (!clientToken.isEmpty())
        object.insert(kClientToken, clientToken);
    return object;
}

} // namespace

QJsonObject ShadowError::toJson(qint64 timestamp, const QString &clientToken) const
{
    return withToken({{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {kTimestamp, timestamp}},
                     clientToken);
}

QString ShadowDocument::clientTokenOf(const QByteArray &payload)
{
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    const QJsonValue token = doc.object().value(kClientToken);
    if (token.isString() && token.toString().toUtf8().size() <= ShadowLimits::maxClientTokenBytes)
        return token.toString();
    return {};
}

ShadowDocument::Result ShadowDocument::update(const QByteArray &payload, qint64 now)
{
    Result result;
    result.clientToken = clientTokenOf(payload);
    auto fail = [&result](ShadowError error) {
        result.error = std::move(error);
        return result;
    };

    if (payload.size() > ShadowLimits::maxPayloadBytes)
        return fail({413, QStringLiteral("The payload exceeds the maximum size allowed")});
    ShadowError parseError;
    const auto request = parseObject(payload, &parseError);
    if (!request)
        return fail(parseError);
    if (request->isEmpty())
        return fail(badRequest("Invalid JSON"));
    if (auto tokenError = validateClientToken(*request))
        return fail(*tokenError);

    const QJsonValue versionValue = request->value(kVersion);
    std::optional<qint64> expectedVersion;
    if (!versionValue.isUndefined()) {
        const double v = versionValue.toDouble(-1);
        if (!versionValue.isDouble() || v < 0 || v != static_cast<double>(qint64(v)))
            return fail(badRequest("Invalid version"));
        expectedVersion = qint64(v);
    }

    if (!request->contains(kState))
        return fail(badRequest("Missing required node: state"));
    const QJsonValue stateValue = request->value(kState);
    if (!stateValue.isObject())
        return fail(badRequest("State node must be an object"));
    const QJsonObject state = stateValue.toObject();
    for (auto it = state.begin(); it != state.end(); ++it)
        if (it.key() != kDesired && it.key() != kReported)
            return fail(badRequest("State contains an invalid node"));

    const QJsonValue desiredValue = state.value(kDesired);
    const QJsonValue reportedValue = state.value(kReported);
    if (!desiredValue.isUndefined() && !desiredValue.isNull() && !desiredValue.isObject())
        return fail(badRequest("Desired node must be an object"));
    if (!reportedValue.isUndefined() && !reportedValue.isNull() && !reportedValue.isObject())
        return fail(badRequest("Reported node must be an object"));

    for (const QJsonValue &section : {desiredValue, reportedValue}) {
        if (!section.isObject())
            continue;
        if (json::depth(section.toObject()) > ShadowLimits::maxDepth)
            return fail(badRequest("JSON contains too many levels of nesting; maximum is 6"));
        if (json::arrayContainsNull(section))
            return fail(badRequest("State contains an invalid node"));
    }

    if (expectedVersion && m_exists && *expectedVersion != m_version)
        return fail({409, QStringLiteral("Version conflict")});

    // Compute the new state without touching this document until everything is valid.
    auto applySection = [now](const QJsonValue &patch, QJsonObject section, QJsonObject meta) {
        if (patch.isNull())
            return std::pair{QJsonObject{}, QJsonObject{}};
        if (patch.isObject())
            return std::pair{json::merge(section, patch.toObject()),
                             json::mergeMetadata(meta, patch.toObject(), now)};
        return std::pair{section, meta};
    };
    const auto [newDesired, newMetaDesired] =
        applySection(desiredValue, m_exists ? m_desired : QJsonObject{},
                     m_exists ? m_metaDesired : QJsonObject{});
    const auto [newReported, newMetaReported] =
        applySection(reportedValue, m_exists ? m_reported : QJsonObject{},
                     m_exists ? m_metaReported : QJsonObject{});

    auto sizeOf = [](const QJsonObject &section) {
        return section.isEmpty() ? 0 : json::compactSize(section);
    };
    if (sizeOf(newDesired) + sizeOf(newReported) > ShadowLimits::maxStateBytes)
        return fail({413, QStringLiteral("The payload exceeds the maximum size allowed")});

    const ShadowDocument before = *this; // restored if an answer would not fit in a message
    UpdateOutcome outcome;
    QJsonObject previous;
    if (m_exists) {
        previous = {{kState, stateSection()}, {kMetadata, metadata()}, {kVersion, m_version}};
    }

    m_desired = newDesired;
    m_reported = newReported;
    m_metaDesired = newMetaDesired;
    m_metaReported = newMetaReported;
    m_version += 1;
    m_timestamp = now;
    m_exists = true;

    QJsonObject acceptedMeta;
    for (const auto &[key, value] :
         {std::pair{kDesired, desiredValue}, std::pair{kReported, reportedValue}}) {
        if (value.isObject())
            acceptedMeta.insert(key, json::metadataFor(value, now));
        else if (value.isNull())
            acceptedMeta.insert(key, QJsonObject{{kTimestamp, now}});
    }
    outcome.accepted = withToken(
        {{kState, state}, {kMetadata, acceptedMeta}, {kVersion, m_version}, {kTimestamp, now}},
        result.clientToken);
    const QJsonObject current{
        {kState, stateSection()}, {kMetadata, metadata()}, {kVersion, m_version}};
    outcome.documents =
        withToken({{QStringLiteral("previous"),
                    previous.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(previous)},
                   {QStringLiteral("current"), current},
                   {kTimestamp, now}},
                  result.clientToken);
    const QJsonObject differing = delta();
    if (!differing.isEmpty()) {
        outcome.delta = withToken({{kState, differing},
                                   {kMetadata, json::projectMetadata(m_metaDesired, differing)},
                                   {kVersion, m_version},
                                   {kTimestamp, now}},
                                  result.clientToken);
    }
    // Metadata can make an answer many times larger than its request (9,000 keys set to null
    // echo 9,000 timestamps; an array's metadata has one object per element). An answer the
    // broker cannot carry would stop the service, so such an update is refused instead.
    if (!serializeAndCheck(outcome, now)) {
        *this = before;
        return fail({413, QStringLiteral("The payload exceeds the maximum size allowed")});
    }
    result.outcome = outcome;
    return result;
}

bool ShadowDocument::fits(const QJsonObject &answer)
{
    return json::compactSize(answer) <= ShadowLimits::maxPayloadBytes;
}

bool ShadowDocument::serializeAndCheck(UpdateOutcome &outcome, qint64 now) const
{
    const auto compact = [](const QJsonObject &answer) {
        return QJsonDocument(answer).toJson(QJsonDocument::Compact);
    };
    outcome.acceptedBytes = compact(outcome.accepted);
    outcome.documentsBytes = compact(outcome.documents);
    outcome.deltaBytes = outcome.delta ? compact(*outcome.delta) : QByteArray();
    constexpr qsizetype limit = ShadowLimits::maxPayloadBytes;
    if (outcome.acceptedBytes.size() > limit || outcome.documentsBytes.size() > limit ||
        outcome.deltaBytes.size() > limit)
        return false;
    // A get answers with state (and delta), metadata and version: the current document inside
    // `documents` plus the delta answer bound it. Only past that bound is it worth measuring.
    return outcome.documentsBytes.size() + outcome.deltaBytes.size() <= limit ||
           fits(fullDocument(now));
}

ShadowDocument::Result ShadowDocument::get(const QByteArray &payload, qint64 now,
                                           const QString &shadowName) const
{
    Result result;
    result.clientToken = clientTokenOf(payload);
    if (!m_exists) {
        result.error =
            ShadowError{404, QStringLiteral("No shadow exists with name: '%1'").arg(shadowName)};
        return result;
    }
    UpdateOutcome outcome;
    outcome.accepted = withToken(fullDocument(now), result.clientToken);
    result.outcome = outcome;
    return result;
}

ShadowDocument::Result ShadowDocument::remove(const QByteArray &payload, qint64 now,
                                              const QString &shadowName)
{
    Result result = get(payload, now, shadowName);
    if (result.error)
        return result;
    m_desired = m_reported = m_metaDesired = m_metaReported = {};
    m_exists = false;
    m_timestamp = now;
    result.outcome->accepted =
        withToken({{kVersion, m_version}, {kTimestamp, now}}, result.clientToken);
    return result;
}

QJsonObject ShadowDocument::delta() const
{
    return json::delta(m_desired, m_reported);
}

QJsonObject ShadowDocument::metadata() const
{
    QJsonObject meta;
    if (!m_metaDesired.isEmpty())
        meta.insert(kDesired, m_metaDesired);
    if (!m_metaReported.isEmpty())
        meta.insert(kReported, m_metaReported);
    return meta;
}

QJsonObject ShadowDocument::stateSection() const
{
    QJsonObject state;
    if (!m_desired.isEmpty())
        state.insert(kDesired, m_desired);
    if (!m_reported.isEmpty())
        state.insert(kReported, m_reported);
    return state;
}

QJsonObject ShadowDocument::fullDocument(qint64 now) const
{
    QJsonObject state = stateSection();
    const QJsonObject differing = delta();
    if (!differing.isEmpty())
        state.insert(kDelta, differing);
    return {{kState, state}, {kMetadata, metadata()}, {kVersion, m_version}, {kTimestamp, now}};
}

QJsonObject ShadowDocument::toStorage() const
{
    return {{kDesired, m_desired},
            {kReported, m_reported},
            {QStringLiteral("metaDesired"), m_metaDesired},
            {QStringLiteral("metaReported"), m_metaReported},
            {kVersion, m_version},
            {kTimestamp, m_timestamp},
            {QStringLiteral("exists"), m_exists}};
}

ShadowDocument ShadowDocument::fromStorage(const QJsonObject &stored)
{
    ShadowDocument doc;
    doc.m_desired = stored.value(kDesired).toObject();
    doc.m_reported = stored.value(kReported).toObject();
    doc.m_metaDesired = stored.value(QStringLiteral("metaDesired")).toObject();
    doc.m_metaReported = stored.value(QStringLiteral("metaReported")).toObject();
    doc.m_version = stored.value(kVersion).toInteger();
    doc.m_timestamp = stored.value(kTimestamp).toInteger();
    doc.m_exists = stored.value(QStringLiteral("exists")).toBool();
    return doc;
}

} // namespace larder::shadow
