#pragma once

#include "../Result.h"
#include "Sodium.h"

#include <QCoreApplication>

namespace warden {

/// The break-glass copy of a database key: a small JSON file holding the key encrypted with a
/// passphrase (Argon2id → XChaCha20-Poly1305 from libsodium), bound to the database's id and
/// the key's id as associated data, so it opens only for the database it came from.
class RecoveryKit
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKit)

public:
    static constexpr int kMinimumPassphraseLength = 12;

    /// The kit's file contents.
    [[nodiscard]] static Result<QByteArray> seal(const QByteArray& master, const QString& databaseId,
                                                 const QString& keyId, const QString& passphrase);
    /// The key the kit holds, when it is a kit of `databaseId` and the passphrase is right.
    [[nodiscard]] static Result<SecretBytes> open(const QByteArray& file, const QString& databaseId,
                                                  const QString& passphrase);
};

} // namespace warden
