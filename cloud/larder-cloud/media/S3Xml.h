// SPDX-License-Identifier: MIT
#pragma once

#include "MultipartUploads.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// S3's XML documents for the store's multipart operations and errors (namespace
/// http://s3.amazonaws.com/doc/2006-03-01/), written and read as the AWS SDKs expect. Pure.
namespace larder::cloud::media::s3xml {

/// `<Error><Code>…</Code><Message>…</Message><Resource>…</Resource></Error>`
QByteArray error(const QString &code, const QString &message, const QString &resource);
/// CreateMultipartUpload's answer.
QByteArray initiated(const QString &bucket, const QString &key, const QString &uploadId);
/// CompleteMultipartUpload's answer.
QByteArray completed(const QString &location, const QString &bucket, const QString &key,
                     const QString &etag);
/// The parts a CompleteMultipartUpload body lists (ETags without their quotes); nullopt when
/// the body is not that document or lists more than 10,000 parts.
std::optional<QList<PartTag>> completionParts(const QByteArray &body);

} // namespace larder::cloud::media::s3xml
