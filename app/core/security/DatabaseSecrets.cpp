#include "DatabaseSecrets.h"

#include "../Logging.h"
#include "../storage/Database.h"
#include "Keychain.h"

#include <sodium.h>

namespace warden {

namespace {

const QString kKeyCreatedMeta = QStringLiteral("master_key_created");

QByteArray deriveKey(const QByteArray& master, std::uint64_t id, const char (&context)[9])
{
    QByteArray key(32, Qt::Uninitialized);
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(key.data()), static_cast<std::size_t>(key.size()), id,
                               context, reinterpret_cast<const unsigned char*>(master.constData()));
    return key;
}

} // namespace

QString DatabaseSecrets::keychainKey(const QString& databaseId, const QString& purpose)
{
    return QStringLiteral("warden/%1/%2").arg(databaseId, purpose);
}

DatabaseSecrets::DatabaseSecrets(const QByteArray& masterKey)
    : m_auditKey(deriveKey(masterKey, 1, "wdnaudit"))
    , m_sealKey(deriveKey(masterKey, 2, "wdnsealk"))
{ }

Result<std::unique_ptr<DatabaseSecrets>> DatabaseSecrets::load(Database& database, const Keychain& keychain)
{
    if (!Sodium::ensureInitialized()) {
        return Refusal {Refusal::Kind::Keychain, tr("libsodium could not be initialised.")};
    }
    const QString key = keychainKey(database.databaseId(), QStringLiteral("master-key"));
    auto stored = keychain.read(key);
    if (stored) {
        SecretBytes master(std::move(stored).value());
        if (master.bytes().size() != crypto_kdf_KEYBYTES) {
            return Refusal {Refusal::Kind::Keychain, tr("The keychain entry %1 is damaged.").arg(key)};
        }
        return std::unique_ptr<DatabaseSecrets>(new DatabaseSecrets(master.bytes()));
    }
    if (stored.refusal().kind != Refusal::Kind::NotFound) {
        return stored.refusal();
    }
    auto created = database.meta(kKeyCreatedMeta);
    if (!created) {
        return created.refusal();
    }
    if (!created.value().isEmpty()) {
        // Making a new key would silently break the audit chain and every sealed secret.
        return Refusal {Refusal::Kind::Keychain,
                        tr("This database's key is not in this computer's keychain (entry %1). Restore it from "
                           "the keychain where the database was created; Warden will not create a new one.")
                            .arg(key)};
    }
    SecretBytes master(Sodium::randomBytes(crypto_kdf_KEYBYTES));
    if (auto written = keychain.write(key, master.bytes()); !written) {
        return written.refusal();
    }
    if (auto marked = database.setMeta(kKeyCreatedMeta, QStringLiteral("1")); !marked) {
        return marked.refusal();
    }
    logger("core")->info("created the database key in the OS keychain");
    return std::unique_ptr<DatabaseSecrets>(new DatabaseSecrets(master.bytes()));
}

QString DatabaseSecrets::seal(const QByteArray& plain) const
{
    QByteArray nonce = Sodium::randomBytes(crypto_secretbox_NONCEBYTES);
    QByteArray cipher(static_cast<qsizetype>(plain.size() + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(
        reinterpret_cast<unsigned char*>(cipher.data()), reinterpret_cast<const unsigned char*>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), reinterpret_cast<const unsigned char*>(nonce.constData()),
        reinterpret_cast<const unsigned char*>(m_sealKey.bytes().constData()));
    return QString::fromLatin1(QByteArray(nonce + cipher).toBase64());
}

Result<QByteArray> DatabaseSecrets::unseal(const QString& sealed) const
{
    const QByteArray raw = QByteArray::fromBase64(sealed.toLatin1());
    if (raw.size() < static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)) {
        return Refusal {Refusal::Kind::Storage, tr("A sealed secret in the database is damaged.")};
    }
    const QByteArray nonce = raw.left(crypto_secretbox_NONCEBYTES);
    const QByteArray cipher = raw.mid(crypto_secretbox_NONCEBYTES);
    QByteArray plain(static_cast<qsizetype>(cipher.size() - crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char*>(plain.data()), reinterpret_cast<const unsigned char*>(cipher.constData()),
            static_cast<unsigned long long>(cipher.size()), reinterpret_cast<const unsigned char*>(nonce.constData()),
            reinterpret_cast<const unsigned char*>(m_sealKey.bytes().constData()))
        != 0) {
        return Refusal {Refusal::Kind::Storage,
                        tr("A sealed secret in the database does not open with this keychain's key.")};
    }
    return plain;
}

} // namespace warden
