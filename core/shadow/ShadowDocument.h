// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace larder::shadow {

/// An AWS IoT shadow error: HTTP-like code and AWS's exact message.
struct ShadowError
{
    int code = 0;
    QString message;
    /// `{"code","message","timestamp","clientToken"}` as published on `…/rejected`.
    QJsonObject toJson(qint64 timestamp, const QString &clientToken = {}) const;
};

/// Limits AWS IoT applies to shadows.
struct ShadowLimits
{
    static constexpr qsizetype maxStateBytes = 8 * 1024;     ///< desired + reported
    static constexpr qsizetype maxPayloadBytes = 128 * 1024; ///< one MQTT payload
    static constexpr int maxDepth = 6;
    static constexpr qsizetype maxClientTokenBytes = 64;
};

/// What a successful update produces: the three answers AWS publishes, as JSON and as the
/// compact bytes that go on the wire (serialized once: the size check needs them anyway).
struct UpdateOutcome
{
    QJsonObject accepted;             ///< for `/update/accepted`
    QJsonObject documents;            ///< for `/update/documents`
    std::optional<QJsonObject> delta; ///< for `/update/delta`, when desired ≠ reported
    QByteArray acceptedBytes, documentsBytes, deltaBytes; ///< empty for get and delete
};

/// One device shadow with AWS IoT Device Shadow semantics, free of any I/O: updates merge
/// with null removal, arrays are values, per-leaf metadata, versioning, delta, clientToken
/// and AWS's 400/409/413 validations with their exact messages.
class ShadowDocument
{
public:
    /// Applies an `/update` request payload at time @p now (epoch seconds). On failure the
    /// document is unchanged and the error carries the clientToken to echo (if readable).
    struct Result
    {
        std::optional<UpdateOutcome> outcome;
        std::optional<ShadowError> error;
        QString clientToken;
    };
    Result update(const QByteArray &payload, qint64 now);

    /// `/get/accepted` answer, or 404 when the shadow does not exist.
    Result get(const QByteArray &payload, qint64 now, const QString &shadowName) const;

    /// Deletes the shadow (the version counter survives); 404 when it does not exist.
    Result remove(const QByteArray &payload, qint64 now, const QString &shadowName);

    bool exists() const { return m_exists; }
    qint64 version() const { return m_version; }
    qint64 timestamp() const { return m_timestamp; }
    QJsonObject desired() const { return m_desired; }
    QJsonObject reported() const { return m_reported; }
    QJsonObject delta() const;
    /// `{"desired":…,"reported":…}` metadata.
    QJsonObject metadata() const;

    /// Full `/get/accepted` document (state with delta, metadata, version, timestamp).
    QJsonObject fullDocument(qint64 now) const;

    /// Persistence form, and back. fromStorage() of malformed data gives an empty shadow.
    QJsonObject toStorage() const;
    static ShadowDocument fromStorage(const QJsonObject &stored);

    /// True if @p answer, serialized, fits in one MQTT payload (ShadowLimits::maxPayloadBytes).
    static bool fits(const QJsonObject &answer);

    /// Reads a clientToken from a request payload if it is a valid one.
    static QString clientTokenOf(const QByteArray &payload);

private:
    QJsonObject stateSection() const;
    /// Serializes the answers of an update into @p outcome; true if each (and the document a
    /// later get returns) fits in one MQTT payload.
    bool serializeAndCheck(UpdateOutcome &outcome, qint64 now) const;

    QJsonObject m_desired;
    QJsonObject m_reported;
    QJsonObject m_metaDesired;
    QJsonObject m_metaReported;
    qint64 m_version = 0;
    qint64 m_timestamp = 0;
    bool m_exists = false;
};

} // namespace larder::shadow
