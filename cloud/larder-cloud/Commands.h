// SPDX-License-Identifier: MIT
#pragma once

#include "storage/DataPlace.h"

#include <QString>

namespace larder::cloud {

/// `larder-cloud device-cert`: registers @p thing and issues its certificate into @p outDir.
int deviceCertCommand(const DataPlace &data, const QString &thing, const QString &outDir);

/// `larder-cloud add-staff`: a confirmed account in the `support` group. The password comes
/// from LARDER_STAFF_PASSWORD (never the command line) or is generated and printed once.
int addStaffCommand(const DataPlace &data, const QString &email);

/// `larder-cloud restore`: puts a database backup back (@p from, or the newest) while the cloud
/// is stopped.
int restoreCommand(const DataPlace &data, const QString &from);
/// `grant-support`: what the family's owner does in the app (the fridge → Support access), for
/// the demo and the screenshots: prints the case code; on the family's trail as the owner's.
int grantSupportCommand(const DataPlace &data, const QString &thing, int hours);

/// `larder-cloud assign-thing`: puts a registered fridge into a family (pairing does this for
/// real fridges); @p withStock (`--stock`) also fills its list with the demo's food.
int assignThingCommand(const DataPlace &data, const QString &thing, const QString &familyId,
                       const QString &name, bool withStock = false);

/// What `larder-cloud demo-family` creates.
struct DemoFamily
{
    QString thing;
    QString fridgeName;
    QString familyName;
    QString ownerEmail;
    QString memberEmail;
    QString ownerName; ///< display names (Cognito's `name`); may be empty
    QString memberName;
};

/// `larder-cloud demo-family`: two confirmed accounts (owner and member, passwords generated
/// and printed once), a family of both and the fridge @p demo.thing in it. Does nothing when
/// the owner's account exists.
int demoFamilyCommand(const DataPlace &data, const DemoFamily &demo);

} // namespace larder::cloud
