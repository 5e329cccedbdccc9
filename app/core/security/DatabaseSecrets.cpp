#include "DatabaseSecrets.h"

#include "../Logging.h"
#include "../domain/Computer.h"
#include "../storage/ComputerStore.h"
#include "../storage/Database.h"
#include "../storage/DatabaseKeyStore.h"
#include "../storage/Transaction.h"
#include "ComputerIdentity.h"

#include <QDateTime>
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

QByteArray auditKeyFrom(const QByteArray& master)
{
    return deriveKey(master, 1, "wdnaudit");
}

QByteArray sealKeyFrom(const QByteArray& master)
{
    return deriveKey(master, 2, "wdnsealk");
}

QString secretboxSeal(const QByteArray& key, const QByteArray& plain)
{
    QByteArray nonce = Sodium::randomBytes(crypto_secretbox_NONCEBYTES);
    QByteArray cipher(static_cast<qsizetype>(plain.size() + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(
        reinterpret_cast<unsigned char*>(cipher.data()), reinterpret_cast<const unsigned char*>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), reinterpret_cast<const unsigned char*>(nonce.constData()),
        reinterpret_cast<const unsigned char*>(key.constData()));
    return QString::fromLatin1(QByteArray(nonce + cipher).toBase64());
}

std::optional<QByteArray> secretboxOpen(const QByteArray& key, const QString& sealed)
{
    const QByteArray raw = QByteArray::fromBase64(sealed.toLatin1());
    if (raw.size() < static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)) {
        return std::nullopt;
    }
    const QByteArray nonce = raw.left(crypto_secretbox_NONCEBYTES);
    const QByteArray cipher = raw.mid(crypto_secretbox_NONCEBYTES);
    QByteArray plain(static_cast<qsizetype>(cipher.size() - crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char*>(plain.data()), reinterpret_cast<const unsigned char*>(cipher.constData()),
            static_cast<unsigned long long>(cipher.size()), reinterpret_cast<const unsigned char*>(nonce.constData()),
            reinterpret_cast<const unsigned char*>(key.constData()))
        != 0) {
        return std::nullopt;
    }
    return plain;
}

QString masterEntry(const Database& database)
{
    return DatabaseSecrets::keychainKey(database.databaseId(), QStringLiteral("master-key"));
}

/// Records the key held as the database's first key (a new database, or one from before keys
/// were recorded).
Status recordFirstKey(Database& database, const QString& keyId)
{
    Transaction tx(database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    if (auto done = DatabaseKeyStore(database).addCurrent(
            DatabaseKeyRecord {keyId, 1, QString(), QString(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        !done) {
        return done;
    }
    if (auto marked = database.setMeta(kKeyCreatedMeta, QStringLiteral("1")); !marked) {
        return marked;
    }
    return tx.commit();
}

} // namespace

QString DatabaseSecrets::keychainKey(const QString& databaseId, const QString& purpose)
{
    return QStringLiteral("warden/%1/%2").arg(databaseId, purpose);
}

QString DatabaseSecrets::keyIdOf(const QByteArray& master)
{
    Sodium::ensureInitialized();
    static const QByteArray context("warden-key-id");
    QByteArray hash(16, Qt::Uninitialized);
    crypto_generichash(
        reinterpret_cast<unsigned char*>(hash.data()), static_cast<std::size_t>(hash.size()),
        reinterpret_cast<const unsigned char*>(master.constData()), static_cast<unsigned long long>(master.size()),
        reinterpret_cast<const unsigned char*>(context.constData()), static_cast<std::size_t>(context.size()));
    return QString::fromLatin1(hash.toHex());
}

QString DatabaseSecrets::notApprovedMessage(const Computer& computer)
{
    switch (computer.status) {
    case ComputerStatus::Pending:
        return tr("This computer's request #%1 (fingerprint %2) is waiting for an administrator's approval.")
            .arg(computer.id)
            .arg(computer.fingerprint);
    case ComputerStatus::Expired:
        return tr("This computer's request #%1 expired before anyone approved it. Request access again.")
            .arg(computer.id);
    case ComputerStatus::Refused:
        return tr("This computer's request #%1 was refused by %2 on %3.")
            .arg(computer.id)
            .arg(computer.decidedBy, computer.decidedAt);
    case ComputerStatus::Revoked:
        return tr("This computer's access to the database was revoked by %1 on %2.")
            .arg(computer.decidedBy, computer.decidedAt);
    case ComputerStatus::Approved:
        break;
    }
    return tr("This computer (#%1) is approved, but the database key was not sealed to it. Ask an administrator "
              "to revoke it and approve a new request.")
        .arg(computer.id);
}

DatabaseSecrets::DatabaseSecrets(Database& database, Keychain keychain, const QByteArray& masterKey)
    : m_database(database)
    , m_keychain(std::move(keychain))
{
    adopt(masterKey);
}

void DatabaseSecrets::adopt(const QByteArray& master)
{
    m_master = SecretBytes(QByteArray(master.constData(), master.size()));
    m_keyId = keyIdOf(master);
    m_auditKey = SecretBytes(auditKeyFrom(master));
    m_sealKey = SecretBytes(sealKeyFrom(master));
    m_earlierAuditKeys.clear();
}

Result<SecretBytes> DatabaseSecrets::takeUp(Database& database, const Keychain& keychain, const QString& currentKeyId)
{
    auto identity = ComputerIdentity::load(keychain, database.databaseId());
    if (!identity) {
        return identity.refusal();
    }
    const Refusal noKey {
        Refusal::Kind::ComputerNotApproved,
        tr("This computer holds no key for this database. Request access from this computer (in Warden, or with "
           "\"wardenctl --db DATABASE --as EMAIL device request\"), or restore a recovery kit (\"wardenctl --db "
           "DATABASE key import FILE\").")};
    if (!identity.value()) {
        return noKey;
    }
    auto computer =
        ComputerStore(database, QDateTime::currentSecsSinceEpoch()).computer(identity.value()->computerId());
    if (!computer) {
        return computer.refusal();
    }
    if (!computer.value()) {
        return noKey;
    }
    const Computer& mine = *computer.value();
    if (mine.status != ComputerStatus::Approved || mine.sealedKey.isEmpty() || mine.keyId != currentKeyId) {
        return Refusal {Refusal::Kind::ComputerNotApproved, notApprovedMessage(mine)};
    }
    auto opened = identity.value()->open(mine.sealedKey);
    if (!opened) {
        return opened.refusal();
    }
    SecretBytes master(std::move(opened).value());
    if (master.bytes().size() != crypto_kdf_KEYBYTES || keyIdOf(master.bytes()) != currentKeyId) {
        return Refusal {Refusal::Kind::Storage, tr("The database key sealed to this computer is damaged.")};
    }
    if (auto kept = keychain.write(masterEntry(database), master.bytes()); !kept) {
        return kept.refusal();
    }
    logger("core")->info("took up the database key sealed to this computer");
    return master;
}

Result<std::unique_ptr<DatabaseSecrets>> DatabaseSecrets::load(Database& database, const Keychain& keychain)
{
    if (!Sodium::ensureInitialized()) {
        return Refusal {Refusal::Kind::Keychain, tr("libsodium could not be initialised.")};
    }
    const QString key = masterEntry(database);
    auto current = DatabaseKeyStore(database).currentKeyId();
    if (!current) {
        return current.refusal();
    }
    auto stored = keychain.read(key);
    if (stored) {
        SecretBytes master(std::move(stored).value());
        if (master.bytes().size() != crypto_kdf_KEYBYTES) {
            return Refusal {Refusal::Kind::Keychain, tr("The keychain entry %1 is damaged.").arg(key)};
        }
        const QString heldId = keyIdOf(master.bytes());
        if (current.value().isEmpty()) {
            // A database from before keys were recorded: the key held is its first.
            if (auto recorded = recordFirstKey(database, heldId); !recorded) {
                return recorded.refusal();
            }
        } else if (current.value() != heldId) {
            auto newer = takeUp(database, keychain, current.value());
            if (!newer) {
                return newer.refusal();
            }
            master = std::move(newer).value();
        }
        return std::unique_ptr<DatabaseSecrets>(new DatabaseSecrets(database, keychain, master.bytes()));
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
        auto approved = takeUp(database, keychain, current.value());
        if (!approved) {
            return approved.refusal();
        }
        return std::unique_ptr<DatabaseSecrets>(new DatabaseSecrets(database, keychain, approved.value().bytes()));
    }
    SecretBytes master(Sodium::randomBytes(crypto_kdf_KEYBYTES));
    if (auto written = keychain.write(key, master.bytes()); !written) {
        return written.refusal();
    }
    if (auto recorded = recordFirstKey(database, keyIdOf(master.bytes())); !recorded) {
        return recorded.refusal();
    }
    logger("core")->info("created the database key in the OS keychain");
    return std::unique_ptr<DatabaseSecrets>(new DatabaseSecrets(database, keychain, master.bytes()));
}

Status DatabaseSecrets::ensureCurrent()
{
    auto current = DatabaseKeyStore(m_database).currentKeyId();
    if (!current) {
        return current.refusal();
    }
    if (current.value().isEmpty() || current.value() == m_keyId) {
        return {};
    }
    auto newer = takeUp(m_database, m_keychain, current.value());
    if (!newer) {
        return newer.refusal();
    }
    adopt(newer.value().bytes());
    return {};
}

Result<QByteArray> DatabaseSecrets::auditKeyOf(const QString& keyId) const
{
    if (keyId == m_keyId) {
        return m_auditKey.bytes();
    }
    if (auto known = m_earlierAuditKeys.constFind(keyId); known != m_earlierAuditKeys.constEnd()) {
        return known.value();
    }
    auto keys = DatabaseKeyStore(m_database).keys();
    if (!keys) {
        return keys.refusal();
    }
    // Newest first: each key opens the one before it.
    SecretBytes master(QByteArray(m_master.bytes().constData(), m_master.bytes().size()));
    QString masterId = m_keyId;
    for (const DatabaseKeyRecord& record : keys.value()) {
        if (record.keyId != masterId || record.previousKeyId.isEmpty()) {
            continue;
        }
        auto previous = secretboxOpen(sealKeyFrom(master.bytes()), record.sealedPrevious);
        if (!previous || keyIdOf(*previous) != record.previousKeyId) {
            return Refusal {
                Refusal::Kind::Storage,
                tr("The earlier database key %1 does not open with the key after it.").arg(record.previousKeyId)};
        }
        master = SecretBytes(std::move(*previous));
        masterId = record.previousKeyId;
        m_earlierAuditKeys.insert(masterId, auditKeyFrom(master.bytes()));
    }
    if (auto found = m_earlierAuditKeys.constFind(keyId); found != m_earlierAuditKeys.constEnd()) {
        return found.value();
    }
    return Refusal {Refusal::Kind::Storage, tr("The database key %1 is not among this database's keys.").arg(keyId)};
}

RotatedKey DatabaseSecrets::prepareRotation() const
{
    RotatedKey rotated;
    rotated.master = SecretBytes(Sodium::randomBytes(crypto_kdf_KEYBYTES));
    rotated.keyId = keyIdOf(rotated.master.bytes());
    rotated.sealedPrevious = secretboxSeal(sealKeyFrom(rotated.master.bytes()), m_master.bytes());
    return rotated;
}

Status DatabaseSecrets::keepInKeychain() const
{
    return m_keychain.write(masterEntry(m_database), m_master.bytes());
}

QString DatabaseSecrets::seal(const QByteArray& plain) const
{
    return secretboxSeal(m_sealKey.bytes(), plain);
}

Result<QByteArray> DatabaseSecrets::unseal(const QString& sealed) const
{
    auto plain = secretboxOpen(m_sealKey.bytes(), sealed);
    if (!plain) {
        return Refusal {Refusal::Kind::Storage,
                        tr("A sealed secret in the database does not open with this keychain's key.")};
    }
    return *plain;
}

QString DatabaseSecrets::sealKeyTo(const QByteArray& publicKey) const
{
    return ComputerIdentity::sealTo(publicKey, m_master.bytes());
}

} // namespace warden
