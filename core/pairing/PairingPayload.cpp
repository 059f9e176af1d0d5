// SPDX-License-Identifier: MIT
#include "PairingPayload.h"

#include <QCoreApplication>
#include <QFile>

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

namespace larder::pairing {

namespace {

/// The words of this file, in the "PairingPayload" translation context.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(PairingPayload)
};

bool onlyChars(const QString &text, bool (*allowed)(char16_t))
{
    for (const QChar c : text)
        if (!allowed(c.unicode()))
            return false;
    return true;
}

bool upperOrDigit(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool modelChar(char16_t c)
{
    return upperOrDigit(c) || c == u'-';
}

bool base32(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'2' && c <= u'7');
}

/// Checks the three fields; a sentence naming the first that is wrong.
std::optional<QString> validate(const PairingPayload &payload)
{
    if (payload.serial.isEmpty())
        return Words::tr("The label is incomplete: it has no serial number.");
    if (payload.serial.size() < 6 || payload.serial.size() > 20 ||
        !onlyChars(payload.serial, upperOrDigit))
        return Words::tr("The serial number on this label is not valid.");
    if (payload.model.isEmpty())
        return Words::tr("The label is incomplete: it has no model.");
    if (payload.model.size() < 2 || payload.model.size() > 16 ||
        !onlyChars(payload.model, modelChar) || payload.model.startsWith(u'-'))
        return Words::tr("The model on this label is not valid.");
    if (payload.secret.isEmpty())
        return Words::tr("The label is incomplete: it has no pairing code.");
    if (payload.secret.size() < 16 || payload.secret.size() > 64 ||
        !onlyChars(payload.secret, base32))
        return Words::tr("The pairing code on this label is not valid.");
    return std::nullopt;
}

std::optional<PairingPayload> checked(const PairingPayload &payload, QString *error)
{
    if (auto problem = validate(payload)) {
        *error = *problem;
        return std::nullopt;
    }
    return payload;
}

} // namespace

std::optional<PairingPayload> PairingPayload::parse(const QByteArray &scanned, QString *error)
{
    const QByteArray trimmed = scanned.trimmed();
    if (trimmed.isEmpty()) {
        *error = Words::tr("The code is empty. Scan the label on the fridge door again.");
        return std::nullopt;
    }
    if (trimmed.size() > maxPayloadBytes) {
        *error = Words::tr("This code is too long to be a Larder label.");
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(trimmed);
    bool printable = !decoder.hasError();
    for (const QChar c : text)
        printable = printable && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (!printable) {
        *error = Words::tr("This is not a Larder fridge label.");
        return std::nullopt;
    }
    const QString prefix = QStringLiteral("larder://pair?");
    if (!text.startsWith(prefix, Qt::CaseInsensitive)) {
        *error =
            text.startsWith(QStringLiteral("http"), Qt::CaseInsensitive)
                ? Words::tr("This code is a web link, not a Larder fridge label.")
                : Words::tr(
                      "This is not a Larder fridge label. Scan the label inside the fridge door.");
        return std::nullopt;
    }
    // Values are plain letters and digits: anything encoded or escaped is not from our labels.
    const QString query = text.mid(prefix.size());
    if (query.contains(u'%') || query.contains(u'+') || query.contains(u'#')) {
        *error = Words::tr("This is not a Larder fridge label.");
        return std::nullopt;
    }
    PairingPayload payload;
    QString version;
    for (const QString &pair : query.split(u'&')) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = eq < 0 ? pair : pair.left(eq);
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1);
        QString *field = key == u"v"        ? &version
                         : key == u"serial" ? &payload.serial
                         : key == u"model"  ? &payload.model
                         : key == u"secret" ? &payload.secret
                                            : nullptr;
        if (!field)
            continue; // newer labels may carry more; they are not ours to judge
        if (!field->isNull()) {
            *error = Words::tr("This label is damaged or forged: it names %1 twice.").arg(key);
            return std::nullopt;
        }
        *field = value.isNull() ? QStringLiteral("") : value;
    }
    if (version != u"1") {
        *error = version.isEmpty()
                     ? Words::tr("This is not a Larder fridge label.")
                     : Words::tr(
                           "This label is from a newer fridge. Update Larder, then scan it again.");
        return std::nullopt;
    }
    return checked(payload, error);
}

std::optional<PairingPayload> PairingPayload::fromTyped(const QString &serial, const QString &model,
                                                        const QString &secret, QString *error)
{
    auto clean = [](const QString &text, bool dropDashes) {
        QString out;
        for (const QChar c : text) {
            if (c.isSpace() || (dropDashes && c == u'-'))
                continue;
            out += c.toUpper();
        }
        return out.left(128);
    };
    return checked({clean(serial, true), clean(model, false), clean(secret, true)}, error);
}

QString PairingPayload::toUri() const
{
    return QStringLiteral("larder://pair?v=1&serial=%1&model=%2&secret=%3")
        .arg(serial, model, secret);
}

QString PairingPayload::printedSecret() const
{
    QStringList groups;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        groups << secret.mid(i, 4);
    return groups.join(u'-');
}

QString PairingPayload::toLabelText() const
{
    return QStringLiteral("Larder %1\nSerial number: %2\nPairing code: %3\nQR: %4\n")
        .arg(model, serial, printedSecret(), toUri());
}

std::optional<PairingPayload> PairingPayload::fromLabelFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096) {
        *error = Words::tr("The label file %1 cannot be read.").arg(path);
        return std::nullopt;
    }
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("QR: "))
            return parse(line.mid(4).trimmed(), error);
    *error = Words::tr("The label file %1 has no QR line.").arg(path);
    return std::nullopt;
}

} // namespace larder::pairing
