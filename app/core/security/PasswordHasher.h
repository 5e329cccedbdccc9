#pragma once

#include "../Result.h"

#include <QCoreApplication>
#include <QString>

namespace warden {

/// Argon2id password hashing (libsodium crypto_pwhash_str, interactive limits) and the
/// password policy. Hashes are self-describing strings, so limits can rise later.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    static constexpr int kMinimumLength = 12;

    [[nodiscard]] static Result<QString> hash(const QString& password);
    [[nodiscard]] static bool verify(const QString& hash, const QString& password);
    /// Empty when acceptable, otherwise a sentence saying what is wrong.
    [[nodiscard]] static QString policyProblem(const QString& password);
    /// A random temporary password of 20 characters from an unambiguous alphabet.
    [[nodiscard]] static QString generateTemporary();
};

} // namespace warden
