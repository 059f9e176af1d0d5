// SPDX-License-Identifier: MIT
// LiveCamera: what the screens read of it (the cameras, what it says) and the shape of the
// cloud's ICE-server answers; the session itself is in LiveCamera.cpp.
#include "LiveCamera.h"

#include "fridge/FridgeSpec.h"
#include "inventory/ShelfPhotos.h"

#include <QJsonArray>

#include <algorithm>

namespace larder::camera {

QVariantList LiveCamera::cameras() const
{
    QVariantList list;
    for (const QString &id : fridge::FridgeSpec::cameras())
        list.append(QVariantMap{{QStringLiteral("value"), id},
                                {QStringLiteral("label"), inventory::ShelfPhotos::labelOf(id)}});
    return list;
}

bool LiveCamera::relayFromCloud(const QStringList &urls)
{
    return std::any_of(urls.cbegin(), urls.cend(), [](const QString &url) {
        return (url.startsWith(u"turn://") || url.startsWith(u"turns://")) && !url.contains(u'@');
    });
}

QStringList LiveCamera::iceServersIn(const QJsonObject &answer)
{
    QStringList urls;
    for (const QJsonValue &url : answer.value(u"iceServers").toArray())
        if (url.isString())
            urls.append(url.toString());
    return urls;
}

QString LiveCamera::cameraLabel() const
{
    return inventory::ShelfPhotos::labelOf(m_camera);
}

QString LiveCamera::message() const
{
    switch (m_status) {
    case Off:
    case Live:
        return {};
    case Connecting:
        if (m_waitingForConnection)
            return tr("Waiting for the connection to come back…");
        return m_meter.frames() > 0 ? tr("The picture stopped. Connecting to the camera again…")
                                    : tr("Connecting to the camera…");
    case Dark:
        return tr("The light inside the fridge is off, so the shelf is too dark to see.");
    case Busy:
        return tr("Others are watching this fridge's cameras already. Try again in a moment.");
    case Unavailable:
        if (m_code == u"tooMany")
            return tr("This fridge's camera was asked too often just now. Try again in a minute.");
        return m_code == u"noCamera"
                   ? tr("This fridge has no camera on that shelf.")
                   : tr("The camera could not be reached. Check that the fridge is online, "
                        "then try again.");
    }
    return {};
}

} // namespace larder::camera
