#include "ComputerAccess.h"

#include "../Logging.h"
#include "../security/ComputerIdentity.h"
#include "../security/DatabaseSecrets.h"
#include "../security/PasswordHasher.h"
#include "../security/RecoveryKit.h"
#include "../storage/ComputerStore.h"
#include "../storage/Database.h"
#include "../storage/DatabaseKeyStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/PendingAuditStore.h"
#include "../storage/RoleStore.h"
#include "../storage/SignInStore.h"
#include "../storage/Transaction.h"
#include "AuthService.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace warden {

namespace {

QString isoNow(qint64 now)
{
    return QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

ComputerAccess::ComputerAccess(Database& database, Keychain keychain, Clock clock)
    : m_database(database)
    , m_keychain(std::move(keychain))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{ }

QString ComputerAccess::defaultComputerName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? tr("This computer") : host;
}

Status ComputerAccess::recordFailure(const QString& email, qint64 userId, int failedAttempts, const QString& reason)
{
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    if (userId != 0) {
        const int attempts = failedAttempts + 1;
        if (auto done =
                SignInStore(m_database).setThrottle(userId, attempts, AuthService::lockedUntilAfter(attempts, now()));
            !done) {
            return done;
        }
    }
    auto accountCode = DirectoryStore(m_database).accountCodeOfAddress(email);
    if (!accountCode) {
        return accountCode.refusal();
    }
    AuditEntry entry;
    entry.at = QDateTime::fromSecsSinceEpoch(now(), Qt::UTC);
    entry.actor = email.trimmed();
    entry.accountCode = accountCode.value();
    entry.action = QStringLiteral("computer.request_failed");
    entry.target = email.trimmed();
    entry.after = QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("reason"), reason},
                                                               {QStringLiteral("computer"), defaultComputerName()}})
                                        .toJson(QJsonDocument::Compact));
    if (auto kept = PendingAuditStore(m_database).add(entry); !kept) {
        return kept;
    }
    logger("core.auth")->warn("request to join refused: {}", reason.toStdString());
    return tx.commit();
}

Result<ComputerRequestTicket> ComputerAccess::request(const QString& email, const QString& password,
                                                      const QString& computerName)
{
    const QString name = computerName.trimmed().isEmpty() ? defaultComputerName() : computerName.trimmed();
    const Refusal wrong {Refusal::Kind::Authentication, tr("The email address or password is not correct.")};
    auto found = SignInStore(m_database).recordByEmail(email);
    if (!found) {
        return found.refusal();
    }
    if (!found.value()) {
        if (auto recorded = recordFailure(email, 0, 0, QStringLiteral("unknown administrator")); !recorded) {
            return recorded.refusal();
        }
        return wrong;
    }
    const SignInRecord& record = *found.value();
    if (record.lockedUntil.isValid() && record.lockedUntil.toSecsSinceEpoch() > now()) {
        const qint64 minutes = (record.lockedUntil.toSecsSinceEpoch() - now() + 59) / 60;
        if (auto recorded = recordFailure(email, 0, record.failedAttempts, QStringLiteral("locked")); !recorded) {
            return recorded.refusal();
        }
        return Refusal {Refusal::Kind::Authentication,
                        tr("Too many failed attempts. Try again in %n minute(s).", nullptr, int(minutes))};
    }
    if (record.method != QLatin1String("local_password") || !PasswordHasher::verify(record.passwordHash, password)) {
        if (auto recorded = recordFailure(email, record.method == QLatin1String("local_password") ? record.userId : 0,
                                          record.failedAttempts, QStringLiteral("wrong password"));
            !recorded) {
            return recorded.refusal();
        }
        return wrong;
    }
    if (record.disabled) {
        return Refusal {Refusal::Kind::Authentication, tr("This administrator is disabled.")};
    }
    auto roles = RoleStore(m_database).roleIdsOfUser(record.userId);
    if (!roles) {
        return roles.refusal();
    }
    if (roles.value().isEmpty()) {
        return Refusal {
            Refusal::Kind::Forbidden,
            tr("%1 holds no admin role. Only administrators can ask for access to the database.").arg(record.email)};
    }
    ComputerStore computers(m_database, now());
    auto mine = ComputerIdentity::load(m_keychain, m_database.databaseId());
    if (!mine) {
        return mine.refusal();
    }
    if (mine.value()) {
        auto existing = computers.computer(mine.value()->computerId());
        if (!existing) {
            return existing.refusal();
        }
        if (existing.value() && existing.value()->status == ComputerStatus::Pending) {
            return Refusal {Refusal::Kind::Conflict,
                            tr("This computer already asked to join (request #%1, fingerprint %2). Wait for an "
                               "administrator to approve it.")
                                .arg(existing.value()->id)
                                .arg(existing.value()->fingerprint)};
        }
        if (existing.value() && existing.value()->status == ComputerStatus::Approved) {
            return Refusal {Refusal::Kind::Conflict,
                            tr("This computer was already approved (#%1); open the database and sign in.")
                                .arg(existing.value()->id)};
        }
    }
    auto pending = computers.pendingOfUser(record.userId);
    if (!pending) {
        return pending.refusal();
    }
    if (pending.value()) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("%1 already has a request waiting for approval (#%2). Wait for it, or ask an "
                           "administrator to refuse it first.")
                            .arg(record.email)
                            .arg(*pending.value())};
    }
    if (auto available = m_keychain.checkAvailable(); !available) {
        return available.refusal();
    }
    ComputerIdentity identity = ComputerIdentity::generate();
    Computer computer;
    computer.userId = record.userId;
    computer.owner = record.email;
    computer.name = name;
    computer.publicKey = identity.publicKeyText();
    computer.signingKey = identity.signingKeyText();
    computer.fingerprint = identity.fingerprint();
    computer.status = ComputerStatus::Pending;
    computer.requestedAt = isoNow(now());
    computer.expiresAt = now() + kRequestSeconds;
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    auto id = computers.insert(computer);
    if (!id) {
        return id.refusal();
    }
    identity.setComputerId(id.value());
    if (auto kept = identity.save(m_keychain, m_database.databaseId()); !kept) {
        return kept.refusal();
    }
    if (auto committed = tx.commit(); !committed) {
        (void)ComputerIdentity::forget(m_keychain, m_database.databaseId());
        return committed.refusal();
    }
    logger("core")->info("filed request #{} to join the database", id.value());
    return ComputerRequestTicket {id.value(), computer.fingerprint};
}

Result<Computer> ComputerAccess::status() const
{
    auto mine = ComputerIdentity::load(m_keychain, m_database.databaseId());
    if (!mine) {
        return mine.refusal();
    }
    const Refusal never {Refusal::Kind::NotFound, tr("This computer has not asked to join this database.")};
    if (!mine.value()) {
        return never;
    }
    auto computer = ComputerStore(m_database, now()).computer(mine.value()->computerId());
    if (!computer) {
        return computer.refusal();
    }
    if (!computer.value()) {
        return never;
    }
    return *computer.value();
}

Result<bool> ComputerAccess::holdsCurrentKey() const
{
    auto current = DatabaseKeyStore(m_database).currentKeyId();
    if (!current) {
        return current.refusal();
    }
    auto held = m_keychain.read(DatabaseSecrets::keychainKey(m_database.databaseId(), QStringLiteral("master-key")));
    if (!held) {
        if (held.refusal().kind == Refusal::Kind::NotFound) {
            return false;
        }
        return held.refusal();
    }
    SecretBytes master(std::move(held).value());
    return !current.value().isEmpty() && DatabaseSecrets::keyIdOf(master.bytes()) == current.value();
}

Status ComputerAccess::importRecoveryKit(const QByteArray& kit, const QString& passphrase, const QString& computerName)
{
    auto holds = holdsCurrentKey();
    if (!holds) {
        return holds.refusal();
    }
    if (holds.value()) {
        return Refusal {Refusal::Kind::Conflict, tr("This computer already holds this database's key.")};
    }
    auto opened = RecoveryKit::open(kit, m_database.databaseId(), passphrase);
    if (!opened) {
        return opened.refusal();
    }
    const SecretBytes master(std::move(opened).value());
    auto current = DatabaseKeyStore(m_database).currentKeyId();
    if (!current) {
        return current.refusal();
    }
    if (DatabaseSecrets::keyIdOf(master.bytes()) != current.value()) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("This recovery kit holds an earlier key of this database: the key was rotated after "
                           "the kit was made. Use a kit exported after the last rotation.")};
    }
    if (auto available = m_keychain.checkAvailable(); !available) {
        return available.refusal();
    }
    ComputerIdentity identity = ComputerIdentity::generate();
    Computer computer;
    computer.name = computerName.trimmed().isEmpty() ? defaultComputerName() : computerName.trimmed();
    computer.publicKey = identity.publicKeyText();
    computer.fingerprint = identity.fingerprint();
    computer.status = ComputerStatus::Approved;
    computer.requestedAt = isoNow(now());
    computer.decidedAt = computer.requestedAt;
    computer.decidedBy = tr("recovery kit");
    computer.approvedVia = QStringLiteral("recovery kit");
    computer.sealedKey = ComputerIdentity::sealTo(identity.publicKey(), master.bytes());
    computer.keyId = current.value();
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    auto id = ComputerStore(m_database, now()).insert(computer);
    if (!id) {
        return id.refusal();
    }
    identity.setComputerId(id.value());
    if (auto kept = identity.save(m_keychain, m_database.databaseId()); !kept) {
        return kept;
    }
    const QString masterEntry = DatabaseSecrets::keychainKey(m_database.databaseId(), QStringLiteral("master-key"));
    if (auto kept = m_keychain.write(masterEntry, master.bytes()); !kept) {
        (void)ComputerIdentity::forget(m_keychain, m_database.databaseId());
        return kept;
    }
    if (auto committed = tx.commit(); !committed) {
        (void)ComputerIdentity::forget(m_keychain, m_database.databaseId());
        (void)m_keychain.remove(masterEntry);
        return committed;
    }
    logger("core")->info("restored the database key from a recovery kit");
    return {};
}

} // namespace warden
