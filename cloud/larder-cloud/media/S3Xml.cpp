// SPDX-License-Identifier: MIT
#include "S3Xml.h"

#include "MediaAccess.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace larder::cloud::media::s3xml {

namespace {
const QString kNamespace = QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/");

QByteArray document(const QString &root, const QList<std::pair<QString, QString>> &fields,
                    bool withNamespace = true)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(root);
    if (withNamespace)
        xml.writeDefaultNamespace(kNamespace);
    for (const auto &[name, value] : fields)
        xml.writeTextElement(name, value);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
} // namespace

QByteArray error(const QString &code, const QString &message, const QString &resource)
{
    return document(QStringLiteral("Error"),
                    {{QStringLiteral("Code"), code},
                     {QStringLiteral("Message"), message},
                     {QStringLiteral("Resource"), resource}},
                    false);
}

QByteArray initiated(const QString &bucket, const QString &key, const QString &uploadId)
{
    return document(QStringLiteral("InitiateMultipartUploadResult"),
                    {{QStringLiteral("Bucket"), bucket},
                     {QStringLiteral("Key"), key},
                     {QStringLiteral("UploadId"), uploadId}});
}

QByteArray completed(const QString &location, const QString &bucket, const QString &key,
                     const QString &etag)
{
    return document(QStringLiteral("CompleteMultipartUploadResult"),
                    {{QStringLiteral("Location"), location},
                     {QStringLiteral("Bucket"), bucket},
                     {QStringLiteral("Key"), key},
                     {QStringLiteral("ETag"), u'"' + etag + u'"'}});
}

std::optional<QList<PartTag>> completionParts(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || xml.name() != u"CompleteMultipartUpload")
        return std::nullopt;
    QList<PartTag> parts;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"Part") {
            xml.skipCurrentElement();
            continue;
        }
        PartTag part;
        bool numbered = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"PartNumber")
                part.partNumber = xml.readElementText().toInt(&numbered);
            else if (xml.name() == u"ETag")
                part.etag = xml.readElementText().remove(u'"').trimmed();
            else
                xml.skipCurrentElement();
        }
        if (!numbered || part.etag.isEmpty() || parts.size() >= maxPartNumber)
            return std::nullopt;
        parts.append(part);
    }
    if (xml.hasError())
        return std::nullopt;
    return parts;
}

} // namespace larder::cloud::media::s3xml
