// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace larder::cloud {

/// One pairing of a fridge into a family, as the seed API's `/registration` lists it.
struct Registration
{
    QString id;
    QString deviceId;
    QString deviceName;
    QString modelNumber;
    QString familyId;
    QString userSub;
    QString status; ///< pending, complete, deleted
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

/// Registrations in larder-cloud's SQLite file.
class RegistrationStore
{
public:
    explicit RegistrationStore(const QString &connectionName = QStringLiteral("larder"));

    bool add(const Registration &registration);
    bool setStatus(const QString &id, const QString &status);
    /// Marks every live registration of @p deviceId deleted.
    bool markDeleted(const QString &deviceId);
    QList<Registration> ofUser(const QString &sub) const;

private:
    QString m_connection;
};

} // namespace larder::cloud
