#include "ComputerService.h"

#include "../Logging.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../security/ComputerIdentity.h"
#include "../security/DatabaseSecrets.h"
#include "../security/RecoveryKit.h"
#include "../storage/AccountStore.h"
#include "../storage/ComputerStore.h"
#include "../storage/Database.h"
#include "../storage/DatabaseKeyStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/PendingAuditStore.h"
#include "../storage/RoleStore.h"
#include "../storage/SignInStore.h"
#include "../write/WritePath.h"
#include "AuthService.h"
#include "ComputerAccess.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <vector>

namespace warden {

namespace {

QJsonObject computerJson(const Computer& computer)
{
    return QJsonObject {{QStringLiteral("id"), computer.id},
                        {QStringLiteral("name"), computer.name},
                        {QStringLiteral("owner"), computer.owner},
                        {QStringLiteral("fingerprint"), computer.fingerprint}};
}

} // namespace

ComputerService::ComputerService(Database& database, DatabaseSecrets& secrets, const Authorizer& authorizer,
                                 WritePath& writes, AuditLog& audit, AuthService& auth, Keychain keychain, Clock clock)
    : m_database(database)
    , m_secrets(secrets)
    , m_authorizer(authorizer)
    , m_writes(writes)
    , m_audit(audit)
    , m_auth(auth)
    , m_keychain(std::move(keychain))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{ }

QString ComputerService::now() const
{
    return QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC).toString(Qt::ISODate);
}

Result<Computer> ComputerService::computer(qint64 id) const
{
    auto found = ComputerStore(m_database, m_clock()).computer(id);
    if (!found) {
        return found.refusal();
    }
    if (!found.value()) {
        return Refusal {Refusal::Kind::NotFound, tr("There is no computer or request #%1.").arg(id)};
    }
    return *found.value();
}

Status ComputerService::settle()
{
    ComputerStore store(m_database, m_clock());
    auto loaded = ComputerIdentity::load(m_keychain, m_database.databaseId());
    if (!loaded) {
        return loaded.refusal();
    }
    std::shared_ptr<const ComputerIdentity> identity;
    std::optional<Computer> mine;
    if (loaded.value()) {
        identity = std::make_shared<const ComputerIdentity>(std::move(*loaded.value()));
        auto found = store.computer(identity->computerId());
        if (!found) {
            return found.refusal();
        }
        mine = found.value();
    }
    const bool listed = mine && mine->status == ComputerStatus::Approved;
    if (listed) {
        m_audit.setSigner(identity);
        // A log written before entries were signed goes on signed from here; one that cannot be
        // (cut short) is still opened, and says why it refuses to be written.
        if (auto started = m_audit.startSigning(); !started) {
            m_signingProblem = started.refusal().message;
        }
    }
    const bool keyUnregistered = listed && mine->signingKey != identity->signingKeyText();
    auto overdue = store.expireOverdue(now());
    if (!overdue) {
        return overdue.refusal();
    }
    auto unaudited = store.unauditedRequests();
    if (!unaudited) {
        return unaudited.refusal();
    }
    auto waiting = PendingAuditStore(m_database).entries();
    if (!waiting) {
        return waiting.refusal();
    }
    if (listed && mine->keyId == m_secrets.keyId() && unaudited.value().isEmpty() && waiting.value().isEmpty()
        && !keyUnregistered) {
        m_thisComputer = mine->id;
        return {};
    }
    if (!m_signingProblem.isEmpty()) {
        m_thisComputer = listed ? mine->id : 0;
        return {};
    }
    return m_writes.run(WriteScope::unchecked(QStringLiteral("system"), 0), [&](Write& write) -> Status {
        if (auto locked = DatabaseKeyStore(m_database).lockCurrent(); !locked) {
            return locked;
        }
        if (listed) {
            m_thisComputer = mine->id;
            if (keyUnregistered) {
                // A computer approved before entries were signed, or restored from a recovery kit,
                // registers its own signing key before it signs anything else.
                QJsonObject registered = computerJson(*mine);
                registered.insert(QStringLiteral("signingKey"), identity->signingKeyText());
                if (auto done = m_audit.append(QStringLiteral("system"), QString(),
                                               QStringLiteral("computer.signing_key"), mine->name, {}, registered);
                    !done) {
                    return done;
                }
                if (auto done = store.setSigningKey(mine->id, identity->signingKeyText()); !done) {
                    return done;
                }
            }
            if (mine->keyId != m_secrets.keyId()) {
                if (auto done =
                        store.setSealedKey(mine->id, m_secrets.sealKeyTo(identity->publicKey()), m_secrets.keyId());
                    !done) {
                    return done;
                }
            }
        } else {
            // This computer holds the key but is not listed: list it, so that a rotation seals the
            // new key to it too, and register its signing key as the first thing it signs.
            auto all = store.computers();
            if (!all) {
                return all.refusal();
            }
            auto fresh = std::make_shared<ComputerIdentity>(ComputerIdentity::generate());
            Computer computer;
            computer.name = ComputerAccess::defaultComputerName();
            computer.publicKey = fresh->publicKeyText();
            computer.signingKey = fresh->signingKeyText();
            computer.fingerprint = fresh->fingerprint();
            computer.status = ComputerStatus::Approved;
            computer.requestedAt = now();
            computer.decidedAt = computer.requestedAt;
            computer.approvedVia =
                all.value().isEmpty() ? QStringLiteral("created the database") : QStringLiteral("held the key");
            computer.sealedKey = m_secrets.sealKeyTo(fresh->publicKey());
            computer.keyId = m_secrets.keyId();
            auto id = store.insert(computer);
            if (!id) {
                return id.refusal();
            }
            if (auto audited = store.markRequestAudited(id.value()); !audited) {
                return audited;
            }
            fresh->setComputerId(id.value());
            m_thisComputer = id.value();
            m_audit.setSigner(fresh);
            if (auto done = m_audit.append(QStringLiteral("system"), QString(), QStringLiteral("computer.registered"),
                                           computer.name, {},
                                           QJsonObject {{QStringLiteral("id"), id.value()},
                                                        {QStringLiteral("name"), computer.name},
                                                        {QStringLiteral("fingerprint"), computer.fingerprint},
                                                        {QStringLiteral("signingKey"), computer.signingKey},
                                                        {QStringLiteral("via"), computer.approvedVia}});
                !done) {
                return done;
            }
            write.lastStep([this, fresh] { return fresh->save(m_keychain, m_database.databaseId()); },
                           [this] { m_audit.setSigner(nullptr); });
        }
        for (const Computer& expired : overdue.value()) {
            auto code = DirectoryStore(m_database).accountCodeOfAddress(expired.owner);
            if (!code) {
                return code.refusal();
            }
            write.auditIn(code.value(), QStringLiteral("computer.expired"), expired.name, {}, computerJson(expired));
        }
        if (auto recorded = recordWaitingEvents(); !recorded) {
            return recorded;
        }
        write.changed(Changed::Computers, m_thisComputer);
        return {};
    });
}

Status ComputerService::recordWitnessFailure(const QString& problem)
{
    if (m_thisComputer == 0) {
        return Refusal {Refusal::Kind::Storage, tr("This computer is not approved for this database.")};
    }
    return m_writes.run(WriteScope::unchecked(QStringLiteral("system"), 0), [&](Write& write) -> Status {
        auto mine = ComputerStore(m_database, m_clock()).computer(m_thisComputer);
        if (!mine) {
            return mine.refusal();
        }
        QString name;
        QString accountCode;
        if (mine.value()) {
            name = mine.value()->name;
            auto code = DirectoryStore(m_database).accountCodeOfAddress(mine.value()->owner);
            if (!code) {
                return code.refusal();
            }
            accountCode = code.value();
        }
        write.auditIn(accountCode, QStringLiteral("audit.witness_failed"), name, {},
                      QJsonObject {{QStringLiteral("computer"), m_thisComputer},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("problem"), problem}});
        return {};
    });
}

Status ComputerService::recordWaitingEvents()
{
    ComputerStore store(m_database, m_clock());
    auto unaudited = store.unauditedRequests();
    if (!unaudited) {
        return unaudited.refusal();
    }
    for (const Computer& request : unaudited.value()) {
        if (request.approvedVia == QLatin1String("recovery kit")) {
            continue; // audited when someone first signs in on it (noteSignIn)
        }
        auto code = DirectoryStore(m_database).accountCodeOfAddress(request.owner);
        if (!code) {
            return code.refusal();
        }
        QJsonObject after = computerJson(request);
        after.insert(QStringLiteral("at"), request.requestedAt);
        if (auto done = m_audit.append(request.owner, code.value(), QStringLiteral("computer.requested"), request.name,
                                       {}, after);
            !done) {
            return done;
        }
        if (auto done = store.markRequestAudited(request.id); !done) {
            return done;
        }
    }
    PendingAuditStore pending(m_database);
    auto waiting = pending.entries();
    if (!waiting) {
        return waiting.refusal();
    }
    for (const AuditEntry& entry : waiting.value()) {
        QJsonObject after = QJsonDocument::fromJson(entry.after.toUtf8()).object();
        after.insert(QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODate));
        if (auto done = m_audit.append(entry.actor, entry.accountCode, entry.action, entry.target, {}, after); !done) {
            return done;
        }
        if (auto done = pending.remove(entry.seq); !done) {
            return done;
        }
    }
    return {};
}

Status ComputerService::noteSignIn(const Actor& actor)
{
    if (m_thisComputer == 0) {
        return {};
    }
    ComputerStore store(m_database, m_clock());
    if (auto claimed = store.claim(m_thisComputer, actor.userId, actor.email); !claimed) {
        return claimed;
    }
    if (auto touched = store.touch(m_thisComputer, now()); !touched) {
        return touched;
    }
    auto mine = store.computer(m_thisComputer);
    if (!mine) {
        return mine.refusal();
    }
    if (!mine.value() || mine.value()->requestAudited) {
        return {};
    }
    // A key restored from a recovery kit is audited at the first sign-in on that computer.
    auto account = AccountStore(m_database).account(actor.homeAccountId);
    if (!account) {
        return account.refusal();
    }
    QJsonObject after = computerJson(*mine.value());
    after.insert(QStringLiteral("at"), mine.value()->requestedAt);
    after.insert(QStringLiteral("via"), mine.value()->approvedVia);
    if (!mine.value()->signingKey.isEmpty()) {
        after.insert(QStringLiteral("signingKey"), mine.value()->signingKey);
    }
    if (auto done = m_audit.append(actor.email, account.value().code, QStringLiteral("key.restored"),
                                   mine.value()->name, {}, after);
        !done) {
        return done;
    }
    return store.markRequestAudited(m_thisComputer);
}

Result<QList<qint64>> ComputerService::accountsOf(const Computer& computer) const
{
    QList<qint64> accounts;
    if (computer.userId == 0) {
        // Listed without an owner (nobody signed in on it yet): every account.
        auto all = AccountStore(m_database).accounts();
        if (!all) {
            return all.refusal();
        }
        for (const Account& account : all.value()) {
            accounts.append(account.id);
        }
        return accounts;
    }
    auto owner = DirectoryStore(m_database).user(computer.userId);
    if (!owner) {
        return owner.refusal();
    }
    accounts.append(owner.value().accountId);
    auto roles = RoleStore(m_database).rolesOfUser(computer.userId, false);
    if (!roles) {
        return roles.refusal();
    }
    for (const Role& role : roles.value()) {
        if (!accounts.contains(role.accountId)) {
            accounts.append(role.accountId);
        }
    }
    return accounts;
}

Result<qint64> ComputerService::managingAccount(const Actor& actor, const Computer& computer) const
{
    if (actor.isSystem) {
        return qint64 {0};
    }
    auto accounts = accountsOf(computer);
    if (!accounts) {
        return accounts.refusal();
    }
    for (const qint64 accountId : accounts.value()) {
        if (m_authorizer.check(actor, Action::ManageAdministrators, accountId)) {
            return accountId;
        }
    }
    return Refusal {Refusal::Kind::Denied,
                    tr("You need Admin Management in an account where %1 holds a role (or in their own or "
                       "partner's home account) to decide about their computers.")
                        .arg(computer.owner.isEmpty() ? tr("this computer's administrator") : computer.owner)};
}

Result<qint64> ComputerService::decidingAccount(const Actor& actor, const Computer& computer) const
{
    if (!actor.isSystem && computer.userId == actor.userId) {
        return Refusal {Refusal::Kind::Forbidden,
                        tr("You cannot decide about your own computer's request; another administrator must "
                           "compare the fingerprint with you and approve it.")};
    }
    return managingAccount(actor, computer);
}

Result<qint64> ComputerService::revokingAccount(const Actor& actor, const Computer& computer) const
{
    if (computer.id == m_thisComputer && !actor.isSystem) {
        return Refusal {Refusal::Kind::Forbidden,
                        tr("This is the computer you are using; revoke it from another approved computer.")};
    }
    if (!actor.isSystem && computer.userId == actor.userId && computer.userId != 0) {
        return qint64 {0}; // one's own computer, in no account's name
    }
    return managingAccount(actor, computer);
}

Status ComputerService::mayDecide(const Actor& actor, const Computer& computer) const
{
    auto account = decidingAccount(actor, computer);
    return account ? Status {} : Status(account.refusal());
}

Status ComputerService::mayRevoke(const Actor& actor, const Computer& computer) const
{
    auto account = revokingAccount(actor, computer);
    return account ? Status {} : Status(account.refusal());
}

Result<QList<Computer>> ComputerService::computers(const Actor& viewer) const
{
    auto all = ComputerStore(m_database, m_clock()).computers();
    if (!all) {
        return all.refusal();
    }
    if (viewer.isSystem) {
        return all;
    }
    if (auto any = m_authorizer.checkInAnyAccount(viewer, Action::ViewAdministrators); !any) {
        return any.refusal();
    }
    QList<Computer> visible;
    QHash<qint64, bool> seenOwners;
    for (const Computer& computer : all.value()) {
        if (computer.userId == viewer.userId && computer.userId != 0) {
            visible.append(computer);
            continue;
        }
        auto known = seenOwners.constFind(computer.userId);
        bool mayView = false;
        if (known != seenOwners.constEnd()) {
            mayView = known.value();
        } else {
            auto accounts = accountsOf(computer);
            if (!accounts) {
                return accounts.refusal();
            }
            for (const qint64 accountId : accounts.value()) {
                if (m_authorizer.check(viewer, Action::ViewAdministrators, accountId)) {
                    mayView = true;
                    break;
                }
            }
            seenOwners.insert(computer.userId, mayView);
        }
        if (mayView) {
            visible.append(computer);
        }
    }
    return visible;
}

Status ComputerService::approve(const Actor& actor, qint64 computerId, const QString& fingerprint,
                                const QString& password, const QString& code)
{
    auto found = computer(computerId);
    if (!found) {
        return found.refusal();
    }
    const Computer request = found.value();
    if (request.status == ComputerStatus::Expired) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("Request #%1 expired; the computer must ask again.").arg(request.id)};
    }
    if (request.status != ComputerStatus::Pending) {
        return Refusal {
            Refusal::Kind::Conflict,
            tr("Request #%1 was already decided: %2.").arg(request.id).arg(computerStatusDisplayName(request.status))};
    }
    auto account = decidingAccount(actor, request);
    if (!account) {
        return account.refusal();
    }
    if (ComputerIdentity::fingerprintDigits(fingerprint) != ComputerIdentity::fingerprintDigits(request.fingerprint)) {
        (void)m_writes.run(
            WriteScope::checked(actor, Action::ManageAdministrators, account.value()), [&](Write& write) -> Status {
                write.audit(QStringLiteral("computer.fingerprint_mismatch"), request.name, {}, computerJson(request));
                return {};
            });
        return Refusal {Refusal::Kind::BadInput,
                        tr("That fingerprint is not the one of request #%1. Nothing was approved: compare it again, "
                           "digit by digit, with the person at that computer.")
                            .arg(request.id)};
    }
    if (auto confirmed = m_auth.reauthenticate(actor, password, code); !confirmed) {
        return confirmed;
    }
    if (auto available = m_keychain.checkAvailable(); !available) {
        return available;
    }
    return m_writes.run(
        WriteScope::checked(actor, Action::ManageAdministrators, account.value()), [&](Write& write) -> Status {
            ComputerStore store(m_database, m_clock());
            auto decided =
                store.decide(request.id, ComputerStatus::Pending, ComputerStatus::Approved, actor.auditName(), now());
            if (!decided) {
                return decided.refusal();
            }
            if (!decided.value()) {
                return Refusal {Refusal::Kind::Conflict,
                                tr("Request #%1 was decided by someone else, or expired, meanwhile.").arg(request.id)};
            }
            const QByteArray publicKey = ComputerIdentity::publicKeyFromText(request.publicKey);
            if (auto sealed = store.setSealedKey(request.id, m_secrets.sealKeyTo(publicKey), m_secrets.keyId());
                !sealed) {
                return sealed;
            }
            if (auto recorded = recordWaitingEvents(); !recorded) {
                return recorded;
            }
            // The approval registers the computer's signing key, signed by the approver's computer.
            QJsonObject approved = computerJson(request);
            if (!request.signingKey.isEmpty()) {
                approved.insert(QStringLiteral("signingKey"), request.signingKey);
            }
            write.audit(QStringLiteral("computer.approved"), request.name, {}, approved);
            write.changed(Changed::Computers, request.id);
            return {};
        });
}

Status ComputerService::refuse(const Actor& actor, qint64 computerId)
{
    auto found = computer(computerId);
    if (!found) {
        return found.refusal();
    }
    const Computer request = found.value();
    if (request.status != ComputerStatus::Pending) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("Request #%1 is not waiting for a decision: %2.")
                            .arg(request.id)
                            .arg(computerStatusDisplayName(request.status))};
    }
    auto account = decidingAccount(actor, request);
    if (!account) {
        return account.refusal();
    }
    return m_writes.run(
        WriteScope::checked(actor, Action::ManageAdministrators, account.value()), [&](Write& write) -> Status {
            auto decided =
                ComputerStore(m_database, m_clock())
                    .decide(request.id, ComputerStatus::Pending, ComputerStatus::Refused, actor.auditName(), now());
            if (!decided) {
                return decided.refusal();
            }
            if (!decided.value()) {
                return Refusal {Refusal::Kind::Conflict,
                                tr("Request #%1 was decided by someone else, or expired, meanwhile.").arg(request.id)};
            }
            if (auto recorded = recordWaitingEvents(); !recorded) {
                return recorded;
            }
            write.audit(QStringLiteral("computer.refused"), request.name, {}, computerJson(request));
            write.changed(Changed::Computers, request.id);
            return {};
        });
}

Status ComputerService::rotateIn(Write& write, const QString& reason)
{
    DatabaseKeyStore keys(m_database);
    if (auto locked = keys.lockCurrent(); !locked) {
        return locked;
    }
    if (auto current = m_secrets.ensureCurrent(); !current) {
        return current;
    }
    SignInStore signIns(m_database);
    auto sealed = signIns.sealedSecrets();
    if (!sealed) {
        return sealed.refusal();
    }
    std::vector<std::pair<qint64, SecretBytes>> plain;
    for (const auto& [userId, text] : sealed.value()) {
        auto opened = m_secrets.unseal(text);
        if (!opened) {
            return opened.refusal();
        }
        plain.emplace_back(userId, SecretBytes(std::move(opened).value()));
    }
    auto firstSeq = m_audit.nextSeq();
    if (!firstSeq) {
        return firstSeq.refusal();
    }
    const QString oldKeyId = m_secrets.keyId();
    RotatedKey rotated = m_secrets.prepareRotation();
    if (auto recorded = keys.addCurrent(
            DatabaseKeyRecord {rotated.keyId, firstSeq.value(), oldKeyId, rotated.sealedPrevious, now()});
        !recorded) {
        return recorded;
    }
    m_secrets.adopt(rotated.master.bytes());
    for (const auto& [userId, secret] : plain) {
        if (auto done = signIns.setSealedSecret(userId, m_secrets.seal(secret.bytes())); !done) {
            return done;
        }
    }
    ComputerStore store(m_database, m_clock());
    auto approved = store.approved();
    if (!approved) {
        return approved.refusal();
    }
    for (const Computer& computer : approved.value()) {
        const QByteArray publicKey = ComputerIdentity::publicKeyFromText(computer.publicKey);
        if (auto done = store.setSealedKey(computer.id, m_secrets.sealKeyTo(publicKey), m_secrets.keyId()); !done) {
            return done;
        }
    }
    write.audit(QStringLiteral("key.rotated"), tr("database key"), QJsonObject {{QStringLiteral("keyId"), oldKeyId}},
                QJsonObject {{QStringLiteral("keyId"), rotated.keyId},
                             {QStringLiteral("reason"), reason},
                             {QStringLiteral("sealedTo"), static_cast<qint64>(approved.value().size())},
                             {QStringLiteral("secretsResealed"), static_cast<qint64>(plain.size())}});
    write.lastStep([this] { return m_secrets.keepInKeychain(); });
    write.changed(Changed::Computers, 0);
    logger("core")->info("rotated the database key ({} computers, {} secrets)", approved.value().size(), plain.size());
    return {};
}

template<typename Change> Status ComputerService::rotatingWrite(const Actor& actor, qint64 accountId, Change&& change)
{
    const SecretBytes before(QByteArray(m_secrets.masterKeyForRecoveryKit()));
    const WriteScope scope = accountId == 0 ? WriteScope::unchecked(actor.auditName(), actor.homeAccountId)
                                            : WriteScope::checked(actor, Action::ManageAdministrators, accountId);
    Status done = m_writes.run(scope, std::forward<Change>(change));
    if (!done && m_secrets.keyId() != DatabaseSecrets::keyIdOf(before.bytes())) {
        // Nothing was kept: the database still names the old key, and so does this process.
        m_secrets.adopt(before.bytes());
        (void)m_secrets.keepInKeychain();
    }
    return done;
}

Status ComputerService::revoke(const Actor& actor, qint64 computerId, const QString& password, const QString& code)
{
    auto found = computer(computerId);
    if (!found) {
        return found.refusal();
    }
    const Computer target = found.value();
    if (target.status != ComputerStatus::Approved) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("Computer #%1 is not approved (%2); there is nothing to revoke.")
                            .arg(target.id)
                            .arg(computerStatusDisplayName(target.status))};
    }
    auto account = revokingAccount(actor, target);
    if (!account) {
        return account.refusal();
    }
    const qint64 accountId = account.value();
    if (auto confirmed = m_auth.reauthenticate(actor, password, code); !confirmed) {
        return confirmed;
    }
    if (auto available = m_keychain.checkAvailable(); !available) {
        return available;
    }
    return rotatingWrite(actor, accountId, [&](Write& write) -> Status {
        auto decided =
            ComputerStore(m_database, m_clock())
                .decide(target.id, ComputerStatus::Approved, ComputerStatus::Revoked, actor.auditName(), now());
        if (!decided) {
            return decided.refusal();
        }
        if (!decided.value()) {
            return Refusal {Refusal::Kind::Conflict,
                            tr("Computer #%1 was revoked by someone else meanwhile.").arg(target.id)};
        }
        write.audit(QStringLiteral("computer.revoked"), target.name, {}, computerJson(target));
        return rotateIn(write, QStringLiteral("computer %1 revoked").arg(target.id));
    });
}

Status ComputerService::mayHoldKey(const Actor& actor) const
{
    if (actor.isSystem) {
        return {};
    }
    auto roles = RoleStore(m_database).rolesOfUser(actor.userId, false);
    if (!roles) {
        return roles.refusal();
    }
    AccountStore accounts(m_database);
    for (const Role& role : roles.value()) {
        if (role.builtInKey != BuiltInRoles::kSuperAdministrator) {
            continue;
        }
        auto account = accounts.account(role.accountId);
        if (!account) {
            return account.refusal();
        }
        if (!account.value().parentId) {
            return {};
        }
    }
    return Refusal {Refusal::Kind::Denied,
                    tr("Only a Super Administrator of a top-level account may rotate or export the database key.")};
}

Status ComputerService::rotateKey(const Actor& actor, const QString& password, const QString& code)
{
    if (auto allowed = mayHoldKey(actor); !allowed) {
        return allowed;
    }
    if (auto confirmed = m_auth.reauthenticate(actor, password, code); !confirmed) {
        return confirmed;
    }
    if (auto available = m_keychain.checkAvailable(); !available) {
        return available;
    }
    return rotatingWrite(actor, 0, [&](Write& write) { return rotateIn(write, QStringLiteral("requested")); });
}

Result<QByteArray> ComputerService::exportRecoveryKit(const Actor& actor, const QString& password, const QString& code,
                                                      const QString& passphrase)
{
    if (auto allowed = mayHoldKey(actor); !allowed) {
        return allowed.refusal();
    }
    if (passphrase.size() < RecoveryKit::kMinimumPassphraseLength) {
        return Refusal {Refusal::Kind::BadInput,
                        RecoveryKit::tr("The recovery kit's passphrase must have at least %n characters.", nullptr,
                                        RecoveryKit::kMinimumPassphraseLength)};
    }
    if (auto confirmed = m_auth.reauthenticate(actor, password, code); !confirmed) {
        return confirmed.refusal();
    }
    return m_writes.run(WriteScope::unchecked(actor.auditName(), actor.homeAccountId),
                        [&](Write& write) -> Result<QByteArray> {
                            if (auto current = m_secrets.ensureCurrent(); !current) {
                                return current.refusal();
                            }
                            auto kit = RecoveryKit::seal(m_secrets.masterKeyForRecoveryKit(), m_database.databaseId(),
                                                         m_secrets.keyId(), passphrase);
                            if (!kit) {
                                return kit.refusal();
                            }
                            write.audit(QStringLiteral("key.exported"), tr("database key"), {},
                                        QJsonObject {{QStringLiteral("keyId"), m_secrets.keyId()}});
                            return kit;
                        });
}

} // namespace warden
