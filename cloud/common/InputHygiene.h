// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

/// What larder-cloud accepts as text from anyone on the network, in one place: e-mail
/// addresses that are addresses (nothing that could break a mail header or a log line), and
/// display names (families, fridges) cleaned of characters that would hide or reorder text.
namespace larder::cloud::hygiene {

/// A plain address `local@domain.tld`: at most 254 characters, an RFC 5322 dot-atom local part
/// (ASCII letters, digits and `!#$%&'*+/=?^_`{|}~-`, dots between), a domain of letters,
/// digits and hyphens in dot-separated labels, ending in a label of two or more letters. No
/// spaces, quotes, control characters, CR or LF.
bool isEmailAddress(const QString &text);

/// @p text as a display name: Unicode-normalized (NFC), control characters (NUL, ESC, …),
/// format characters (bidi overrides and isolates, zero-width characters) and line or
/// paragraph separators removed, runs of whitespace made one space, trimmed. Empty when
/// nothing is left or it is longer than @p maxLength characters.
std::optional<QString> displayName(const QString &text, int maxLength = 60);

/// @p text as a message people read (a board post's text, a caption): cleaned as a display
/// name, but its line breaks kept (CR LF and the Unicode line and paragraph separators become
/// one LF; at most two in a row), spaces within a line made one, each line trimmed. Empty text
/// is "" ; nothing when it is longer than @p maxLength characters once cleaned.
std::optional<QString> text(const QString &text, int maxLength);

} // namespace larder::cloud::hygiene
