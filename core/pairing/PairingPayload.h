// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace larder::pairing {

/// What a fridge's pairing label carries: its serial number, model and one-time pairing
/// secret. The QR code holds `larder://pair?v=1&serial=…&model=…&secret=…`; the printed label
/// shows the same serial and the secret as groups of four (typed by hand when scanning fails).
struct PairingPayload
{
    QString serial; ///< 6–20 of A–Z 0–9
    QString model;  ///< 2–16 of A–Z 0–9 and '-', starting with a letter or digit
    QString secret; ///< 16–64 of base32 (A–Z 2–7), without separators

    static constexpr qsizetype maxPayloadBytes = 512;

    /// Parses scanned bytes (a QR code's content). Never throws or crashes on any input; a
    /// sentence in @p error when it is not a valid Larder label.
    static std::optional<PairingPayload> parse(const QByteArray &scanned, QString *error);
    /// The same from what a person typed: serial, model and the secret with or without dashes
    /// and spaces, in any case.
    static std::optional<PairingPayload> fromTyped(const QString &serial, const QString &model,
                                                   const QString &secret, QString *error);

    /// The QR content for this payload (for printing labels).
    QString toUri() const;
    /// The secret as printed: groups of four joined by dashes.
    QString printedSecret() const;

    /// The factory's `label.txt`: the printed text, and the QR content on a `QR: ` line.
    QString toLabelText() const;
    /// The payload of a `label.txt` file; nullopt with a sentence when it is unreadable or
    /// holds no valid label.
    static std::optional<PairingPayload> fromLabelFile(const QString &path, QString *error);
};

} // namespace larder::pairing
