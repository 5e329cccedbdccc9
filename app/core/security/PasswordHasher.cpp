#include "PasswordHasher.h"

#include "Sodium.h"

#include <array>
#include <sodium.h>

namespace warden {

Result<QString> PasswordHasher::hash(const QString& password)
{
    if (!Sodium::ensureInitialized()) {
        return Refusal {Refusal::Kind::Storage, tr("libsodium could not be initialised.")};
    }
    QByteArray utf8 = password.toUtf8();
    std::array<char, crypto_pwhash_STRBYTES> out {};
    const int rc = crypto_pwhash_str(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    Sodium::wipe(utf8);
    if (rc != 0) {
        return Refusal {Refusal::Kind::Storage, tr("Not enough memory to hash the password.")};
    }
    return QString::fromLatin1(out.data());
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    if (hash.isEmpty() || !Sodium::ensureInitialized()) {
        return false;
    }
    const QByteArray stored = hash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok =
        crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
    Sodium::wipe(utf8);
    return ok;
}

QString PasswordHasher::policyProblem(const QString& password)
{
    if (password.size() < kMinimumLength) {
        return tr("The password must have at least %n characters.", nullptr, kMinimumLength);
    }
    if (password.trimmed().isEmpty()) {
        return tr("The password cannot be only spaces.");
    }
    return {};
}

QString PasswordHasher::generateTemporary()
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    Sodium::ensureInitialized();
    QString out;
    for (int i = 0; i < 20; ++i) {
        out.append(QLatin1Char(kAlphabet[randombytes_uniform(sizeof(kAlphabet) - 1)]));
    }
    return out;
}

} // namespace warden
