// SPDX-License-Identifier: MIT
#include "UnfinishedUploads.h"

#include "api/ApiClient.h"
#include "common/Guarded.h"

#include <QJsonArray>

namespace larder::media {

UnfinishedUploads::Upload UnfinishedUploads::Upload::fromJson(const QJsonObject &json)
{
    return {json.value(u"key").toString(),         json.value(u"kind").toString(),
            json.value(u"startedBy").toString(),   json.value(u"startedByName").toString(),
            json.value(u"byDevice").toBool(),      json.value(u"startedAt").toInteger(),
            json.value(u"bytesOnDisk").toInteger()};
}

UnfinishedUploads::UnfinishedUploads(api::ApiClient *api, QString familyId, QString viewer,
                                     QObject *parent)
    : ListModelBase(parent), m_api(api), m_familyId(std::move(familyId)),
      m_viewer(std::move(viewer))
{
}

int UnfinishedUploads::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UnfinishedUploads::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Upload &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.objectKey;
    case KindRole:
        return row.kind;
    case Qt::DisplayRole:
    case StartedByRole:
        return row.startedBy == m_viewer ? tr("You") : row.startedByName;
    case ByDeviceRole:
        return row.byDevice;
    case IsMineRole:
        return row.startedBy == m_viewer;
    case StartedAtRole:
        return QDateTime::fromSecsSinceEpoch(row.startedAt);
    case BytesRole:
        return double(row.bytes);
    default:
        return {};
    }
}

QHash<int, QByteArray> UnfinishedUploads::roleNames() const
{
    return {{KeyRole, "key"},           {KindRole, "kind"},        {StartedByRole, "startedBy"},
            {ByDeviceRole, "byDevice"}, {IsMineRole, "isMine"},    {StartedAtRole, "startedAt"},
            {BytesRole, "bytes"},       {SizeTextRole, "sizeText"}};
}

void UnfinishedUploads::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

void UnfinishedUploads::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    emit loadingChanged();
    m_api->get(QStringLiteral("/families/%1/media/uploads").arg(m_familyId),
               guarded(this, [this](const api::ApiResult &result) {
                   m_loading = false;
                   emit loadingChanged();
                   if (!result.ok) {
                       setError(result.message);
                       return;
                   }
                   setError({});
                   QList<Upload> next;
                   for (const QJsonValue &json : result.body.value(u"uploads").toArray()) {
                       Upload upload = Upload::fromJson(json.toObject());
                       if (!m_sending || !m_sending(upload.objectKey))
                           next.append(upload);
                   }
                   replaceRows(m_rows, next);
               }));
}

void UnfinishedUploads::cancel(const QString &key)
{
    if (m_cancelling++ == 0) {
        setError({});
        m_busy = true;
        emit busyChanged();
    }
    m_api->post(QStringLiteral("/families/%1/media/abort").arg(m_familyId),
                {{QStringLiteral("key"), key}}, guarded(this, [this](const api::ApiResult &result) {
                    // Gone already (finished or cancelled elsewhere) is as good as cancelled.
                    if (!result.ok && result.status != 404 && result.status != 409)
                        setError(result.message);
                    if (--m_cancelling > 0)
                        return;
                    m_busy = false;
                    emit busyChanged();
                    refresh();
                }));
}

void UnfinishedUploads::cancelAll()
{
    setError({});
    for (const Upload &upload : std::as_const(m_rows))
        cancel(upload.objectKey);
}

} // namespace larder::media
