// SPDX-License-Identifier: MIT
#pragma once

#include "ShadowKeys.h"

#include <QLoggingCategory>

/// What ShadowClient's two halves (ShadowClient.cpp: requests; ShadowClientAnswers.cpp: the
/// cloud's answers) share: the key names and the retry limits.
namespace larder::shadow::client {

inline const QString &kAccepted = keys::accepted;
inline const QString &kRejected = keys::rejected;
inline const QString &kState = keys::state;
inline const QString &kDesired = keys::desired;
inline const QString &kReported = keys::reported;
inline const QString &kVersion = keys::version;
inline const QString &kClientToken = keys::clientToken;
inline constexpr int kMaxConflictRetries = 3;
inline constexpr int kMaxThrottledRetries = 6; ///< 0.1 s doubling: about 6 s in all
inline constexpr int kMaxTimeoutRetries = 2;   ///< an unanswered write is sent up to three times
inline constexpr int kMaxRefusalRetries = 3;   ///< a refused subscription is asked again this often
inline constexpr int kMaxInFlight = 4; ///< writes awaiting an answer; AWS refuses past 10 per thing

} // namespace larder::shadow::client

Q_DECLARE_LOGGING_CATEGORY(lcShadow)
