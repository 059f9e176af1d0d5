// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::cloud {

/// Storage that refuses to lie. Before larder-cloud opens its database it checks that the file
/// belongs with the rest of the data directory: a missing, empty or damaged database next to
/// an existing PKI and user pool would otherwise start as a new, empty cloud and every account,
/// family, shadow and certificate would be gone without a word. It also keeps the directory
/// owner-only (files 0600, folders 0700), whatever the umask they were made with.
namespace storeguard {

/// True when larder-cloud may open @p dataDir's database; otherwise @p error says what is
/// wrong and how to get out of it (restore a backup, or move the directory away).
bool check(const QString &dataDir, QString *error);

/// What is wrong with the database file at @p path (`PRAGMA quick_check`, and the tables every
/// data directory has): "it is damaged", …; empty when it is sound.
QString problemWith(const QString &path);

/// Makes every file under @p directory 0600 and every folder 0700 (symbolic links untouched).
void makeOwnerOnly(const QString &directory);

} // namespace storeguard
} // namespace larder::cloud
