// SPDX-License-Identifier: MIT
#include "CloudSentences.h"

#include <QHash>

namespace larder::api {

namespace {
/// The sentences by code, untranslated (QT_TR_NOOP: lupdate finds them).
const QHash<QString, const char *> &sentences()
{
    static const QHash<QString, const char *> byCode{
        {QStringLiteral("NotFound"),
         QT_TRANSLATE_NOOP("CloudSentences", "That is no longer there. It may have been removed, "
                                             "or you are no longer in its family.")},
        {QStringLiteral("Forbidden"),
         QT_TRANSLATE_NOOP("CloudSentences", "Only the family's owner can do that.")},
        {QStringLiteral("Conflict"),
         QT_TRANSLATE_NOOP("CloudSentences",
                           "Someone changed this at the same time. Look again and try once more.")},
        {QStringLiteral("ItemRemoved"),
         QT_TRANSLATE_NOOP("CloudSentences",
                           "Someone removed this item before your change arrived.")},
        {QStringLiteral("LimitExceeded"),
         QT_TRANSLATE_NOOP("CloudSentences", "The list is full. Remove something first.")},
        {QStringLiteral("AlreadyPaired"),
         QT_TRANSLATE_NOOP("CloudSentences", "This fridge already belongs to a family. Its owner "
                                             "must remove it there first.")},
        {QStringLiteral("WrongPairingCode"),
         QT_TRANSLATE_NOOP("CloudSentences", "That pairing code does not match this fridge. "
                                             "Check the label and try again.")},
        {QStringLiteral("WrongModel"),
         QT_TRANSLATE_NOOP("CloudSentences", "That label is for another model of fridge.")},
        {QStringLiteral("UnknownDevice"),
         QT_TRANSLATE_NOOP("CloudSentences", "Larder does not know this fridge. Check the label.")},
        {QStringLiteral("UnsupportedCommand"),
         QT_TRANSLATE_NOOP("CloudSentences", "This fridge cannot do that.")},
        {QStringLiteral("TooManyRequests"),
         QT_TRANSLATE_NOOP("CloudSentences", "Too many at once. Wait a moment, then try again.")},
        {QStringLiteral("TooManyCommands"),
         QT_TRANSLATE_NOOP("CloudSentences",
                           "This fridge has enough commands waiting. Wait for them to finish.")},
        {QStringLiteral("TooManyUploads"),
         QT_TRANSLATE_NOOP("CloudSentences",
                           "Too many uploads at once. Wait for some to finish, then try again.")},
        {QStringLiteral("QuotaExceeded"),
         QT_TRANSLATE_NOOP("CloudSentences",
                           "Your family's storage is full. Delete some photos or messages first.")},
        {QStringLiteral("NotUploaded"),
         QT_TRANSLATE_NOOP("CloudSentences", "The upload did not finish. Try again.")},
        {QStringLiteral("NoSuchUpload"),
         QT_TRANSLATE_NOOP("CloudSentences", "The upload did not finish. Try again.")},
        {QStringLiteral("PayloadTooLarge"),
         QT_TRANSLATE_NOOP("CloudSentences", "That is too large to send.")},
        {QStringLiteral("BadRequest"),
         QT_TRANSLATE_NOOP("CloudSentences",
                           "Larder could not accept this. Check what you entered.")},
    };
    return byCode;
}
} // namespace

QString CloudSentences::forRefusal(int status, const QString &code, const QString &message)
{
    const char *source = sentences().value(code, nullptr);
    if (!source && status == 400)
        source = sentences().value(QStringLiteral("BadRequest"));
    if (!source && status == 404)
        source = sentences().value(QStringLiteral("NotFound"));
    if (!source)
        return message;
    // A translation says it in the reader's language; without one, the cloud's own English is
    // the more precise.
    const QString translated = tr(source);
    if (translated != QLatin1String(source) || message.isEmpty())
        return translated;
    return message;
}

} // namespace larder::api
