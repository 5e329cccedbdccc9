#include "ChangeRequestService.h"

#include "../ChangeNotifier.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/EmailAddress.h"
#include "../storage/Database.h"
#include "../storage/AccountStore.h"
#include "../storage/Repository.h"
#include "../storage/RoleStore.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"
#include "AdminService.h"
#include "AuthService.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace warden {

namespace {

/// The stored keys of an enum, one table per enum, read both ways by keyOf() and fromKey().
template<typename Enum> struct KeyName
{
    Enum value;
    const char* key;
};
constexpr KeyName<ChangeRequestKind> kKinds[] = {
    {ChangeRequestKind::AddMember, "add_member"},
    {ChangeRequestKind::RemoveMember, "remove_member"},
    {ChangeRequestKind::ResetPassword, "reset_password"},
    {ChangeRequestKind::ContentViewOn, "content_view_on"},
    {ChangeRequestKind::ContentViewOff, "content_view_off"},
};
constexpr KeyName<ChangeRequestStatus> kStatuses[] = {
    {ChangeRequestStatus::Pending, "pending"},   {ChangeRequestStatus::Approved, "approved"},
    {ChangeRequestStatus::Rejected, "rejected"}, {ChangeRequestStatus::Cancelled, "cancelled"},
    {ChangeRequestStatus::Expired, "expired"},
};

template<typename Enum, std::size_t N> QString keyOf(const KeyName<Enum> (&table)[N], Enum value)
{
    for (const KeyName<Enum>& entry : table) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

template<typename Enum, std::size_t N> std::optional<Enum> fromKey(const KeyName<Enum> (&table)[N], const QString& key)
{
    for (const KeyName<Enum>& entry : table) {
        if (key == QLatin1String(entry.key)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

bool isMemberChange(ChangeRequestKind kind)
{
    return kind == ChangeRequestKind::AddMember || kind == ChangeRequestKind::RemoveMember;
}

QJsonObject describe(const ChangeRequest& request)
{
    QJsonObject json {{QStringLiteral("request"), request.id},
                      {QStringLiteral("kind"), changeRequestKindKey(request.kind)},
                      {QStringLiteral("justification"), request.justification}};
    if (!request.roleName.isEmpty()) {
        json.insert(QStringLiteral("role"), request.roleName);
    }
    if (!request.targetEmail.isEmpty()) {
        json.insert(QStringLiteral("user"), request.targetEmail);
    }
    return json;
}

const QString kRequestColumns = QStringLiteral(
    "id, account_id, kind, COALESCE(role_id, 0), role_name, target_email, auth_method, justification, status, "
    "requested_by_id, requested_by, requested_at, expires_at, decided_by, decided_at, decision_note");

} // namespace

QString changeRequestKindKey(ChangeRequestKind kind)
{
    return keyOf(kKinds, kind);
}

std::optional<ChangeRequestKind> changeRequestKindFromKey(const QString& key)
{
    return fromKey(kKinds, key);
}

QString changeRequestKindDisplayName(ChangeRequestKind kind)
{
    switch (kind) {
    case ChangeRequestKind::AddMember:
        return ChangeRequestService::tr("Add to protected role");
    case ChangeRequestKind::RemoveMember:
        return ChangeRequestService::tr("Remove from protected role");
    case ChangeRequestKind::ResetPassword:
        return ChangeRequestService::tr("Reset password");
    case ChangeRequestKind::ContentViewOn:
        return ChangeRequestService::tr("Turn federated content view on");
    case ChangeRequestKind::ContentViewOff:
        return ChangeRequestService::tr("Turn federated content view off");
    }
    return {};
}

QString changeRequestStatusKey(ChangeRequestStatus status)
{
    return keyOf(kStatuses, status);
}

std::optional<ChangeRequestStatus> changeRequestStatusFromKey(const QString& key)
{
    return fromKey(kStatuses, key);
}

QString changeRequestStatusDisplayName(ChangeRequestStatus status)
{
    switch (status) {
    case ChangeRequestStatus::Pending:
        return ChangeRequestService::tr("Pending");
    case ChangeRequestStatus::Approved:
        return ChangeRequestService::tr("Approved");
    case ChangeRequestStatus::Rejected:
        return ChangeRequestService::tr("Rejected");
    case ChangeRequestStatus::Cancelled:
        return ChangeRequestService::tr("Cancelled");
    case ChangeRequestStatus::Expired:
        return ChangeRequestService::tr("Expired");
    }
    return {};
}

ChangeRequestService::ChangeRequestService(Database& database, Authorizer& authorizer, AuditLog& audit,
                                           ChangeNotifier& notifier, AuthService& auth, AdminService& admins,
                                           Clock clock)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_notifier(notifier)
    , m_auth(auth)
    , m_admins(admins)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{ }

QString ChangeRequestService::iso(qint64 seconds) const
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// --- Account contacts ------------------------------------------------------------------------

Result<QList<AccountContact>> ChangeRequestService::contacts(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewAccount, accountId); !allowed) {
        return allowed.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT id, name, title, email, director_or_higher FROM "
                                                "account_contacts WHERE account_id = ? ORDER BY email_key"),
                                 {accountId}, "reading account contacts");
        !done) {
        return done.refusal();
    }
    QList<AccountContact> contacts;
    while (q.next()) {
        contacts.append({q.value(0).toLongLong(), accountId, q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toInt() != 0});
    }
    return contacts;
}

Status ChangeRequestService::canEditContacts(const Actor& actor, qint64 accountId) const
{
    return m_admins.canManage(actor, accountId);
}

Result<AccountContact> ChangeRequestService::saveContact(const Actor& actor, const AccountContact& contact)
{
    if (auto allowed = canEditContacts(actor, contact.accountId); !allowed) {
        return allowed.refusal();
    }
    AccountContact saved = contact;
    saved.name = contact.name.simplified();
    saved.title = contact.title.simplified();
    saved.email = contact.email.trimmed();
    if (saved.name.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("A contact needs a name.")};
    }
    if (!EmailAddress::isValid(saved.email)) {
        return Refusal {Refusal::Kind::BadInput, tr("\"%1\" is not a valid email address.").arg(saved.email)};
    }
    auto account = AccountStore(m_database).account(contact.accountId);
    if (!account) {
        return account.refusal();
    }
    QSqlQuery duplicate(m_database.connection());
    if (auto done =
            execPrepared(duplicate,
                         QStringLiteral("SELECT id FROM account_contacts WHERE account_id = ? AND email_key = "
                                        "? AND id <> ?"),
                         {saved.accountId, Repository::emailKey(saved.email), saved.id}, "checking account contacts");
        !done) {
        return done.refusal();
    }
    if (duplicate.next()) {
        return Refusal {Refusal::Kind::Conflict, tr("%1 is already a contact of this account.").arg(saved.email)};
    }
    duplicate.finish();
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    QJsonObject before;
    QSqlQuery q(m_database.connection());
    if (saved.id == 0) {
        if (auto done =
                execPrepared(q,
                             QStringLiteral("INSERT INTO account_contacts (account_id, name, title, email, "
                                            "email_key, director_or_higher, updated_at, updated_by) VALUES "
                                            "(?, ?, ?, ?, ?, ?, ?, ?)"),
                             {saved.accountId, saved.name, saved.title, saved.email, Repository::emailKey(saved.email),
                              saved.directorOrHigher ? 1 : 0, Repository::now(), actor.auditName()},
                             "adding an account contact");
            !done) {
            return done.refusal();
        }
        QSqlQuery id(m_database.connection());
        if (auto done = execPrepared(id,
                                     QStringLiteral("SELECT id FROM account_contacts WHERE account_id = ? AND "
                                                    "email_key = ?"),
                                     {saved.accountId, Repository::emailKey(saved.email)}, "reading a contact");
            !done || !id.next()) {
            return done ? Refusal {Refusal::Kind::Storage, tr("The new contact could not be read back.")}
                        : done.refusal();
        }
        saved.id = id.value(0).toLongLong();
    } else {
        QSqlQuery old(m_database.connection());
        if (auto done = execPrepared(old,
                                     QStringLiteral("SELECT name, title, email, director_or_higher FROM "
                                                    "account_contacts WHERE id = ? AND account_id = ?"),
                                     {saved.id, saved.accountId}, "reading a contact");
            !done) {
            return done.refusal();
        }
        if (!old.next()) {
            return Refusal {Refusal::Kind::NotFound, tr("That contact no longer exists.")};
        }
        before = {{QStringLiteral("name"), old.value(0).toString()},
                  {QStringLiteral("title"), old.value(1).toString()},
                  {QStringLiteral("email"), old.value(2).toString()},
                  {QStringLiteral("directorOrHigher"), old.value(3).toInt() != 0}};
        old.finish();
        if (auto done = execPrepared(q,
                                     QStringLiteral("UPDATE account_contacts SET name = ?, title = ?, email = ?, "
                                                    "email_key = ?, director_or_higher = ?, updated_at = ?, "
                                                    "updated_by = ? WHERE id = ?"),
                                     {saved.name, saved.title, saved.email, Repository::emailKey(saved.email),
                                      saved.directorOrHigher ? 1 : 0, Repository::now(), actor.auditName(), saved.id},
                                     "updating an account contact");
            !done) {
            return done.refusal();
        }
    }
    const QJsonObject after {{QStringLiteral("name"), saved.name},
                             {QStringLiteral("title"), saved.title},
                             {QStringLiteral("email"), saved.email},
                             {QStringLiteral("directorOrHigher"), saved.directorOrHigher}};
    if (auto logged = m_audit.append(actor.auditName(), account.value().code,
                                     before.isEmpty() ? QStringLiteral("contact.add") : QStringLiteral("contact.edit"),
                                     saved.email, before, after);
        !logged) {
        return logged.refusal();
    }
    if (auto committed = commitAndAnnounce(tx, [&] { m_notifier.changeRequestsChanged(saved.accountId); });
        !committed) {
        return committed.refusal();
    }
    return saved;
}

Status ChangeRequestService::removeContact(const Actor& actor, qint64 accountId, qint64 contactId)
{
    if (auto allowed = canEditContacts(actor, accountId); !allowed) {
        return allowed;
    }
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    QSqlQuery old(m_database.connection());
    if (auto done =
            execPrepared(old, QStringLiteral("SELECT email FROM account_contacts WHERE id = ? AND account_id = ?"),
                         {contactId, accountId}, "reading a contact");
        !done) {
        return done;
    }
    if (!old.next()) {
        return Refusal {Refusal::Kind::NotFound, tr("That contact no longer exists.")};
    }
    const QString email = old.value(0).toString();
    old.finish();
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("DELETE FROM account_contacts WHERE id = ?"), {contactId},
                                 "removing a contact");
        !done) {
        return done;
    }
    if (auto logged = m_audit.append(actor.auditName(), account.value().code, QStringLiteral("contact.remove"), email);
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { m_notifier.changeRequestsChanged(accountId); });
}

// --- Requests --------------------------------------------------------------------------------

Status ChangeRequestService::canRequest(const Actor& actor, qint64 accountId) const
{
    auto permissions = m_authorizer.effectivePermissions(actor, accountId);
    if (!permissions) {
        return permissions.refusal();
    }
    if (actor.isSystem || permissions.value().managementLevel() == ManagementLevel::ProtectedRoles) {
        return {};
    }
    return Refusal {Refusal::Kind::Denied,
                    tr("Only administrators with the Protected Roles management level may request protected-role "
                       "changes.")};
}

Result<QList<ChangeRequest>> ChangeRequestService::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q, QStringLiteral("SELECT %1 FROM change_requests WHERE %2 ORDER BY id DESC").arg(kRequestColumns, where),
            values, "reading change requests");
        !done) {
        return done.refusal();
    }
    QList<ChangeRequest> requests;
    while (q.next()) {
        ChangeRequest request;
        request.id = q.value(0).toLongLong();
        request.accountId = q.value(1).toLongLong();
        request.kind = changeRequestKindFromKey(q.value(2).toString()).value_or(ChangeRequestKind::AddMember);
        request.roleId = q.value(3).toLongLong();
        request.roleName = q.value(4).toString();
        request.targetEmail = q.value(5).toString();
        request.authMethod = q.value(6).toString();
        request.justification = q.value(7).toString();
        request.status = changeRequestStatusFromKey(q.value(8).toString()).value_or(ChangeRequestStatus::Pending);
        request.requestedById = q.value(9).toLongLong();
        request.requestedBy = q.value(10).toString();
        request.requestedAt = q.value(11).toString();
        request.expiresAt = q.value(12).toLongLong();
        request.decidedBy = q.value(13).toString();
        request.decidedAt = q.value(14).toString();
        request.decisionNote = q.value(15).toString();
        if (request.status == ChangeRequestStatus::Pending && request.expiresAt <= now()) {
            request.status = ChangeRequestStatus::Expired;
        }
        requests.append(request);
    }
    return requests;
}

Result<ChangeRequest> ChangeRequestService::load(qint64 requestId) const
{
    auto found = select(QStringLiteral("id = ?"), {requestId});
    if (!found) {
        return found.refusal();
    }
    if (found.value().isEmpty()) {
        return Refusal {Refusal::Kind::NotFound, tr("Change request %1 does not exist.").arg(requestId)};
    }
    return found.value().first();
}

Result<QList<ChangeRequest>> ChangeRequestService::requests(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewAccount, accountId); !allowed) {
        return allowed.refusal();
    }
    return select(QStringLiteral("account_id = ?"), {accountId});
}

Result<ChangeRequest> ChangeRequestService::request(const Actor& actor, qint64 requestId) const
{
    auto found = load(requestId);
    if (!found) {
        return found;
    }
    if (auto allowed = m_authorizer.check(actor, Action::ViewAccount, found.value().accountId); !allowed) {
        return allowed.refusal();
    }
    return found;
}

Status ChangeRequestService::validate(const ChangeRequest& request) const
{
    Repository repository(m_database);
    auto account = AccountStore(m_database).account(request.accountId);
    if (!account) {
        return account.refusal();
    }
    if (request.kind == ChangeRequestKind::ContentViewOn || request.kind == ChangeRequestKind::ContentViewOff) {
        const bool wanted = request.kind == ChangeRequestKind::ContentViewOn;
        if (account.value().federatedContentView == wanted) {
            return Refusal {Refusal::Kind::Conflict,
                            wanted ? tr("Federated content view is already on for %1.").arg(account.value().code)
                                   : tr("Federated content view is already off for %1.").arg(account.value().code)};
        }
        return {};
    }
    if (!EmailAddress::isValid(request.targetEmail)) {
        return Refusal {Refusal::Kind::BadInput, tr("\"%1\" is not a valid email address.").arg(request.targetEmail)};
    }
    auto user = repository.userByEmail(request.targetEmail);
    if (!user) {
        return user.refusal();
    }
    if (user.value().accountId != request.accountId) {
        return Refusal {Refusal::Kind::BadInput, tr("%1 is not in this account's directory.").arg(user.value().email)};
    }
    auto admin = m_admins.read(request.accountId, user.value().id);
    if (!admin) {
        return admin.refusal();
    }
    const AdministratorSummary* current = admin.value().isEmpty() ? nullptr : &admin.value().first();
    if (request.kind == ChangeRequestKind::ResetPassword) {
        if (current == nullptr || !current->holdsProtectedRole) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("%1 holds no protected role here; reset their password in Admin Management.")
                                .arg(user.value().email)};
        }
        if (current->authMethod != AuthMethod::LocalPassword || current->isBackup) {
            return Refusal {Refusal::Kind::BadInput,
                            current->isBackup
                                ? tr("%1 is a backup account; rotate its credential instead.").arg(current->email)
                                : tr("%1 signs in through the identity provider (SSO) and has no Warden password.")
                                      .arg(current->email)};
        }
        return {};
    }
    auto role = RoleStore(m_database).role(request.roleId);
    if (!role) {
        return role.refusal();
    }
    if (role.value().accountId != request.accountId) {
        return Refusal {Refusal::Kind::BadInput, tr("That role belongs to another account.")};
    }
    if (!role.value().isProtected()) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("\"%1\" is not a protected role; change its members directly.").arg(role.value().name)};
    }
    const bool member = current != nullptr && current->roleIds.contains(request.roleId);
    if (request.kind == ChangeRequestKind::AddMember) {
        if (member) {
            return Refusal {Refusal::Kind::Conflict,
                            tr("%1 already holds \"%2\".").arg(user.value().email, role.value().name)};
        }
        if (user.value().disabled) {
            return Refusal {Refusal::Kind::BadInput, tr("%1 is disabled in the directory.").arg(user.value().email)};
        }
        if (current == nullptr && !authMethodFromKey(request.authMethod)) {
            return Refusal {Refusal::Kind::BadInput, tr("Choose how the new administrator signs in.")};
        }
        return {};
    }
    if (!member) {
        return Refusal {Refusal::Kind::NotFound,
                        tr("%1 does not hold \"%2\".").arg(user.value().email, role.value().name)};
    }
    if (role.value().builtInKey == BuiltInRoles::kSuperAdministrator && !current->disabled) {
        auto count = RoleStore(m_database).activeSuperAdministrators(request.accountId);
        if (!count) {
            return count.refusal();
        }
        if (count.value() <= 1) {
            return Refusal {Refusal::Kind::Forbidden,
                            tr("%1 is the last Super Administrator of this account and cannot be removed. Add "
                               "another Super Administrator first.")
                                .arg(user.value().email)};
        }
    }
    return {};
}

Result<ChangeRequest> ChangeRequestService::create(const Actor& actor, const ChangeRequestDraft& draft)
{
    if (auto allowed = canRequest(actor, draft.accountId); !allowed) {
        return allowed.refusal();
    }
    ChangeRequest request;
    request.accountId = draft.accountId;
    request.kind = draft.kind;
    request.targetEmail = draft.targetEmail.trimmed();
    request.justification = draft.justification.simplified();
    request.authMethod = draft.kind == ChangeRequestKind::AddMember ? draft.authMethod : QString();
    if (isMemberChange(draft.kind)) {
        request.roleId = draft.roleId;
        auto role = RoleStore(m_database).role(draft.roleId);
        if (!role) {
            return role.refusal();
        }
        request.roleName = role.value().name;
    } else if (draft.kind != ChangeRequestKind::ResetPassword) {
        request.targetEmail.clear();
    }
    if (request.justification.size() < kMinimumJustification) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("Say why the change is needed (at least %n characters): the approver decides on it.",
                           nullptr, kMinimumJustification)};
    }
    if (auto valid = validate(request); !valid) {
        return valid.refusal();
    }
    auto account = AccountStore(m_database).account(request.accountId);
    if (!account) {
        return account.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    QSqlQuery duplicate(m_database.connection());
    if (auto done = execPrepared(duplicate,
                                 QStringLiteral("SELECT id FROM change_requests WHERE account_id = ? AND kind = ? AND "
                                                "COALESCE(role_id, 0) = ? AND lower(target_email) = ? AND status = "
                                                "'pending' AND expires_at > ?"),
                                 {request.accountId, changeRequestKindKey(request.kind), request.roleId,
                                  Repository::emailKey(request.targetEmail), now()},
                                 "checking for the same request");
        !done) {
        return done.refusal();
    }
    if (duplicate.next()) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("The same change is already requested (request %1) and waiting for approval.")
                            .arg(duplicate.value(0).toLongLong())};
    }
    duplicate.finish();
    request.requestedById = actor.userId;
    request.requestedBy = actor.auditName();
    request.requestedAt = iso(now());
    request.expiresAt = now() + qint64(kExpiryDays) * 86400;
    QSqlQuery insert(m_database.connection());
    if (auto done = execPrepared(insert,
                                 QStringLiteral("INSERT INTO change_requests (account_id, kind, role_id, role_name, "
                                                "target_email, auth_method, justification, requested_by_id, "
                                                "requested_by, requested_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                                "?, ?, ?, ?)"),
                                 {request.accountId, changeRequestKindKey(request.kind),
                                  request.roleId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : request.roleId,
                                  request.roleName, request.targetEmail, request.authMethod, request.justification,
                                  request.requestedById, request.requestedBy, request.requestedAt, request.expiresAt},
                                 "filing a change request");
        !done) {
        return done.refusal();
    }
    QSqlQuery id(m_database.connection());
    if (auto done = execPrepared(id,
                                 QStringLiteral("SELECT max(id) FROM change_requests WHERE account_id = ? AND "
                                                "requested_by_id = ?"),
                                 {request.accountId, request.requestedById}, "reading the new request");
        !done || !id.next()) {
        return done ? Refusal {Refusal::Kind::Storage, tr("The new request could not be read back.")} : done.refusal();
    }
    request.id = id.value(0).toLongLong();
    id.finish();
    if (auto logged = m_audit.append(actor.auditName(), account.value().code, QStringLiteral("change_request.create"),
                                     request.targetEmail.isEmpty() ? account.value().code : request.targetEmail, {},
                                     describe(request));
        !logged) {
        return logged.refusal();
    }
    if (auto committed = commitAndAnnounce(tx, [&] { m_notifier.changeRequestsChanged(request.accountId); });
        !committed) {
        return committed.refusal();
    }
    return request;
}

Status ChangeRequestService::refuseIfNotPending(const ChangeRequest& request) const
{
    switch (request.status) {
    case ChangeRequestStatus::Pending:
        return {};
    case ChangeRequestStatus::Expired:
        return Refusal {Refusal::Kind::Conflict,
                        tr("Request %1 expired on %2 without a decision; file a new one if the change is still "
                           "needed.")
                            .arg(request.id)
                            .arg(iso(request.expiresAt))};
    case ChangeRequestStatus::Approved:
    case ChangeRequestStatus::Rejected:
    case ChangeRequestStatus::Cancelled:
        break;
    }
    return Refusal {Refusal::Kind::Conflict,
                    tr("Request %1 was already %2 by %3 at %4.")
                        .arg(QString::number(request.id), changeRequestStatusDisplayName(request.status).toLower(),
                             request.decidedBy, request.decidedAt)};
}

Status ChangeRequestService::canDecide(const Actor& actor, const ChangeRequest& request) const
{
    if (auto pending = refuseIfNotPending(request); !pending) {
        return pending;
    }
    if (auto allowed = m_authorizer.check(actor, Action::ViewAccount, request.accountId); !allowed) {
        return allowed;
    }
    if (actor.userId == request.requestedById) {
        return Refusal {Refusal::Kind::Denied,
                        tr("You filed this request; a different person must approve or reject it.")};
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT director_or_higher, title FROM account_contacts WHERE "
                                                "account_id = ? AND email_key = ?"),
                                 {request.accountId, Repository::emailKey(actor.email)}, "reading account contacts");
        !done) {
        return done;
    }
    if (!q.next()) {
        return Refusal {Refusal::Kind::Denied,
                        tr("Only the account's contacts of Director level or higher may decide protected-role "
                           "changes, and %1 is not a contact of this account.")
                            .arg(actor.email)};
    }
    if (q.value(0).toInt() == 0) {
        return Refusal {Refusal::Kind::Denied,
                        tr("Only the account's contacts of Director level or higher may decide protected-role "
                           "changes; %1 is recorded as \"%2\", below Director.")
                            .arg(actor.email, q.value(1).toString())};
    }
    return {};
}

Result<bool> ChangeRequestService::expireIfDue(const ChangeRequest& request)
{
    if (request.status != ChangeRequestStatus::Expired) {
        return false;
    }
    auto account = AccountStore(m_database).account(request.accountId);
    if (!account) {
        return account.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("UPDATE change_requests SET status = 'expired', decided_by = 'system', "
                                                "decided_at = ? WHERE id = ? AND status = 'pending'"),
                                 {iso(now()), request.id}, "expiring a change request");
        !done) {
        return done.refusal();
    }
    if (q.numRowsAffected() == 1) {
        if (auto logged = m_audit.append(
                QStringLiteral("system"), account.value().code, QStringLiteral("change_request.expire"),
                request.targetEmail.isEmpty() ? account.value().code : request.targetEmail, {}, describe(request));
            !logged) {
            return logged.refusal();
        }
    }
    if (auto committed = commitAndAnnounce(tx, [&] { m_notifier.changeRequestsChanged(request.accountId); });
        !committed) {
        return committed.refusal();
    }
    return true;
}

Status ChangeRequestService::decide(const Actor& actor, const ChangeRequest& request, ChangeRequestStatus status,
                                    const QString& note)
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("UPDATE change_requests SET status = ?, decided_by = ?, decided_at = "
                                        "?, decision_note = ? WHERE id = ? AND status = 'pending' AND "
                                        "expires_at > ?"),
                         {changeRequestStatusKey(status), actor.auditName(), iso(now()), note, request.id, now()},
                         "deciding a change request");
        !done) {
        return done;
    }
    if (q.numRowsAffected() == 1) {
        return {};
    }
    // Someone else decided first (or it expired meanwhile): say who, from what is stored now.
    auto current = load(request.id);
    if (!current) {
        return current.refusal();
    }
    auto refused = refuseIfNotPending(current.value());
    return refused ? Status(Refusal {Refusal::Kind::Conflict, tr("Request %1 changed meanwhile.").arg(request.id)})
                   : refused;
}

Result<IssuedCredentials> ChangeRequestService::apply(const Actor& actor, const ChangeRequest& request,
                                                      const QString& accountCode)
{
    Repository repository(m_database);
    IssuedCredentials issued;
    QJsonObject after {{QStringLiteral("request"), request.id}};
    QString action;
    QString target = request.targetEmail;
    if (request.kind == ChangeRequestKind::ContentViewOn || request.kind == ChangeRequestKind::ContentViewOff) {
        const bool on = request.kind == ChangeRequestKind::ContentViewOn;
        QSqlQuery q(m_database.connection());
        if (auto done = execPrepared(q, QStringLiteral("UPDATE accounts SET federated_content_view = ? WHERE id = ?"),
                                     {on ? 1 : 0, request.accountId}, "changing federated content view");
            !done) {
            return done.refusal();
        }
        action = QStringLiteral("account.federated_content_view");
        target = accountCode;
        after.insert(QStringLiteral("federatedContentView"), on);
    } else {
        auto user = repository.userByEmail(request.targetEmail);
        if (!user) {
            return user.refusal();
        }
        if (request.kind == ChangeRequestKind::ResetPassword) {
            auto reset = m_admins.issueTemporaryPassword(user.value().id);
            if (!reset) {
                return reset.refusal();
            }
            issued = reset.value();
            action = QStringLiteral("admin.password_reset");
            after.insert(QStringLiteral("secondFactor"), QStringLiteral("re-enroll"));
        } else {
            auto role = RoleStore(m_database).role(request.roleId);
            if (!role) {
                return role.refusal();
            }
            after.insert(QStringLiteral("role"), role.value().name);
            if (request.kind == ChangeRequestKind::AddMember) {
                auto granted = m_admins.grantRole(user.value().id, role.value().id,
                                                  authMethodFromKey(request.authMethod).value_or(AuthMethod::Sso));
                if (!granted) {
                    return granted.refusal();
                }
                issued = granted.value();
                action = QStringLiteral("role.member.add");
            } else {
                if (auto revoked = m_admins.revokeRole(user.value().id, role.value()); !revoked) {
                    return revoked.refusal();
                }
                bool forgotBackup = false;
                if (auto forgot = m_admins.forgetIfNoRoles(user.value().id, &forgotBackup); !forgot) {
                    return forgot.refusal();
                }
                if (forgotBackup) {
                    if (auto removed = m_admins.m_keychain.remove(m_admins.backupCredentialKey(user.value().id));
                        !removed && removed.refusal().kind != Refusal::Kind::NotFound) {
                        return removed.refusal();
                    }
                }
                action = QStringLiteral("role.member.remove");
            }
        }
        issued.email = user.value().email;
    }
    if (auto logged = m_audit.append(actor.auditName(), accountCode, action, target, {}, after); !logged) {
        return logged.refusal();
    }
    return issued;
}

Result<ApprovalOutcome> ChangeRequestService::approve(const Actor& actor, qint64 requestId, const QString& password,
                                                      const QString& code)
{
    auto found = load(requestId);
    if (!found) {
        return found.refusal();
    }
    if (auto expired = expireIfDue(found.value()); !expired) {
        return expired.refusal();
    }
    if (auto allowed = canDecide(actor, found.value()); !allowed) {
        return allowed.refusal();
    }
    auto account = AccountStore(m_database).account(found.value().accountId);
    if (!account) {
        return account.refusal();
    }
    // Confirmed on its own: a wrong code is recorded even though nothing else happens.
    if (auto confirmed = m_auth.reauthenticate(actor, password, code); !confirmed) {
        return confirmed.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    if (auto decided = decide(actor, found.value(), ChangeRequestStatus::Approved, {}); !decided) {
        return decided.refusal();
    }
    if (auto valid = validate(found.value()); !valid) {
        return Refusal {
            valid.refusal().kind,
            tr("The change can no longer be applied, so the request stays pending: %1").arg(valid.refusal().message)};
    }
    if (auto logged =
            m_audit.append(actor.auditName(), account.value().code, QStringLiteral("change_request.approve"),
                           found.value().targetEmail.isEmpty() ? account.value().code : found.value().targetEmail, {},
                           describe(found.value()));
        !logged) {
        return logged.refusal();
    }
    auto applied = apply(actor, found.value(), account.value().code);
    if (!applied) {
        return applied.refusal();
    }
    const qint64 accountId = found.value().accountId;
    const qint64 roleId = found.value().roleId;
    if (auto committed = commitAndAnnounce(tx,
                                           [&] {
                                               m_notifier.changeRequestsChanged(accountId);
                                               m_notifier.administratorsChanged(accountId);
                                               if (roleId != 0) {
                                                   m_notifier.membersChanged(roleId);
                                               }
                                               m_notifier.accountsChanged();
                                           });
        !committed) {
        return committed.refusal();
    }
    auto decidedRequest = load(requestId);
    if (!decidedRequest) {
        return decidedRequest.refusal();
    }
    return ApprovalOutcome {decidedRequest.value(), applied.value()};
}

Status ChangeRequestService::reject(const Actor& actor, qint64 requestId, const QString& note)
{
    auto found = load(requestId);
    if (!found) {
        return found.refusal();
    }
    if (auto expired = expireIfDue(found.value()); !expired) {
        return expired.refusal();
    }
    if (auto allowed = canDecide(actor, found.value()); !allowed) {
        return allowed;
    }
    if (note.simplified().isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("Say why the request is rejected; the requester sees it.")};
    }
    auto account = AccountStore(m_database).account(found.value().accountId);
    if (!account) {
        return account.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    if (auto decided = decide(actor, found.value(), ChangeRequestStatus::Rejected, note.simplified()); !decided) {
        return decided;
    }
    QJsonObject after = describe(found.value());
    after.insert(QStringLiteral("note"), note.simplified());
    if (auto logged = m_audit.append(
            actor.auditName(), account.value().code, QStringLiteral("change_request.reject"),
            found.value().targetEmail.isEmpty() ? account.value().code : found.value().targetEmail, {}, after);
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { m_notifier.changeRequestsChanged(found.value().accountId); });
}

Status ChangeRequestService::cancel(const Actor& actor, qint64 requestId)
{
    auto found = load(requestId);
    if (!found) {
        return found.refusal();
    }
    if (auto expired = expireIfDue(found.value()); !expired) {
        return expired.refusal();
    }
    if (auto pending = refuseIfNotPending(found.value()); !pending) {
        return pending;
    }
    if (actor.userId != found.value().requestedById) {
        return Refusal {Refusal::Kind::Denied, tr("Only the person who filed a request can withdraw it.")};
    }
    auto account = AccountStore(m_database).account(found.value().accountId);
    if (!account) {
        return account.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    if (auto decided = decide(actor, found.value(), ChangeRequestStatus::Cancelled, {}); !decided) {
        return decided;
    }
    if (auto logged =
            m_audit.append(actor.auditName(), account.value().code, QStringLiteral("change_request.cancel"),
                           found.value().targetEmail.isEmpty() ? account.value().code : found.value().targetEmail, {},
                           describe(found.value()));
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { m_notifier.changeRequestsChanged(found.value().accountId); });
}

} // namespace warden
