#include "ChangeRequestService.h"

#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/EmailAddress.h"
#include "../storage/AccountStore.h"
#include "../storage/AdministratorStore.h"
#include "../storage/ChangeRequestStore.h"
#include "../storage/ContactStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"
#include "../write/WritePath.h"
#include "AdministratorWrites.h"
#include "AuthService.h"

#include <QDateTime>
#include <QJsonObject>

namespace warden {

namespace {

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

} // namespace

ChangeRequestService::ChangeRequestService(Database& database, Authorizer& authorizer, WritePath& writes,
                                           AuthService& auth, AdministratorWrites& adminWrites, Clock clock)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_writes(writes)
    , m_auth(auth)
    , m_adminWrites(adminWrites)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{ }

QString ChangeRequestService::iso(qint64 seconds) const
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
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

Result<ChangeRequest> ChangeRequestService::load(qint64 requestId) const
{
    auto found = ChangeRequestStore(m_database, now()).request(requestId);
    if (!found) {
        return found.refusal();
    }
    if (!found.value()) {
        return Refusal {Refusal::Kind::NotFound, tr("Change request %1 does not exist.").arg(requestId)};
    }
    return *found.value();
}

Result<QList<ChangeRequest>> ChangeRequestService::requests(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewAccount, accountId); !allowed) {
        return allowed.refusal();
    }
    return ChangeRequestStore(m_database, now()).requests(accountId);
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
    auto user = DirectoryStore(m_database).userByEmail(request.targetEmail);
    if (!user) {
        return user.refusal();
    }
    if (user.value().accountId != request.accountId) {
        return Refusal {Refusal::Kind::BadInput, tr("%1 is not in this account's directory.").arg(user.value().email)};
    }
    auto admin = AdministratorStore(m_database).summaries(request.accountId, user.value().id);
    if (!admin) {
        return admin.refusal();
    }
    const AdministratorSummary* current = admin.value().isEmpty() ? nullptr : &admin.value().first();
    if (request.kind == ChangeRequestKind::ResetPassword) {
        return validateReset(user.value(), current);
    }
    return validateMemberChange(request, user.value(), current);
}

Status ChangeRequestService::validateReset(const User& user, const AdministratorSummary* current) const
{
    if (current == nullptr || !current->holdsProtectedRole) {
        return Refusal {
            Refusal::Kind::BadInput,
            tr("%1 holds no protected role here; reset their password in Admin Management.").arg(user.email)};
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

Status ChangeRequestService::validateMemberChange(const ChangeRequest& request, const User& user,
                                                  const AdministratorSummary* current) const
{
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
            return Refusal {Refusal::Kind::Conflict, tr("%1 already holds \"%2\".").arg(user.email, role.value().name)};
        }
        if (user.disabled) {
            return Refusal {Refusal::Kind::BadInput, tr("%1 is disabled in the directory.").arg(user.email)};
        }
        if (current == nullptr && !authMethodFromKey(request.authMethod)) {
            return Refusal {Refusal::Kind::BadInput, tr("Choose how the new administrator signs in.")};
        }
        return {};
    }
    if (!member) {
        return Refusal {Refusal::Kind::NotFound, tr("%1 does not hold \"%2\".").arg(user.email, role.value().name)};
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
                                .arg(user.email)};
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
    return m_writes.run(
        WriteScope::checked(actor, Action::ViewAccount, request.accountId), [&](Write& write) -> Result<ChangeRequest> {
            ChangeRequestStore requests(m_database, now());
            auto duplicate = requests.pendingDuplicate(request);
            if (!duplicate) {
                return duplicate.refusal();
            }
            if (duplicate.value()) {
                return Refusal {Refusal::Kind::Conflict,
                                tr("The same change is already requested (request %1) and waiting "
                                   "for approval.")
                                    .arg(*duplicate.value())};
            }
            request.requestedById = actor.userId;
            request.requestedBy = actor.auditName();
            request.requestedAt = iso(now());
            request.expiresAt = now() + qint64(kExpiryDays) * 86400;
            auto id = requests.insert(request);
            if (!id) {
                return id.refusal();
            }
            request.id = id.value();
            write.audit(QStringLiteral("change_request.create"), auditTarget(request, write), {}, describe(request));
            write.changed(Changed::ChangeRequests, request.accountId);
            return request;
        });
}

QString ChangeRequestService::auditTarget(const ChangeRequest& request, const Write& write)
{
    return request.targetEmail.isEmpty() ? write.accountCode() : request.targetEmail;
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
    auto contact = ContactStore(m_database).contactByEmail(request.accountId, actor.email);
    if (!contact) {
        return contact.refusal();
    }
    if (!contact.value()) {
        return Refusal {Refusal::Kind::Denied,
                        tr("Only the account's contacts of Director level or higher may decide protected-role "
                           "changes, and %1 is not a contact of this account.")
                            .arg(actor.email)};
    }
    if (!contact.value()->directorOrHigher) {
        return Refusal {Refusal::Kind::Denied,
                        tr("Only the account's contacts of Director level or higher may decide protected-role "
                           "changes; %1 is recorded as \"%2\", below Director.")
                            .arg(actor.email, contact.value()->title)};
    }
    return {};
}

Result<bool> ChangeRequestService::expireIfDue(const ChangeRequest& request)
{
    if (request.status != ChangeRequestStatus::Expired) {
        return false;
    }
    return m_writes.run(WriteScope::unchecked(QStringLiteral("system"), request.accountId),
                        [&](Write& write) -> Result<bool> {
                            auto expired = ChangeRequestStore(m_database, now()).expire(request.id, iso(now()));
                            if (!expired) {
                                return expired;
                            }
                            if (expired.value()) {
                                write.audit(QStringLiteral("change_request.expire"), auditTarget(request, write), {},
                                            describe(request));
                            }
                            write.changed(Changed::ChangeRequests, request.accountId);
                            return true;
                        });
}

Status ChangeRequestService::decide(const Actor& actor, const ChangeRequest& request, ChangeRequestStatus status,
                                    const QString& note)
{
    auto decided =
        ChangeRequestStore(m_database, now()).decide(request.id, status, actor.auditName(), iso(now()), note);
    if (!decided) {
        return decided.refusal();
    }
    if (decided.value()) {
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

Result<IssuedCredentials> ChangeRequestService::apply(const ChangeRequest& request, Write& write)
{
    IssuedCredentials issued;
    QJsonObject after {{QStringLiteral("request"), request.id}};
    QString action;
    QString target = request.targetEmail;
    if (request.kind == ChangeRequestKind::ContentViewOn || request.kind == ChangeRequestKind::ContentViewOff) {
        const bool on = request.kind == ChangeRequestKind::ContentViewOn;
        if (auto done = AccountStore(m_database).setFederatedContentView(request.accountId, on); !done) {
            return done.refusal();
        }
        action = QStringLiteral("account.federated_content_view");
        target = write.accountCode();
        after.insert(QStringLiteral("federatedContentView"), on);
        write.changed(Changed::Accounts);
    } else {
        auto user = DirectoryStore(m_database).userByEmail(request.targetEmail);
        if (!user) {
            return user.refusal();
        }
        if (request.kind == ChangeRequestKind::ResetPassword) {
            auto reset = m_adminWrites.issueTemporaryPassword(user.value().id);
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
                auto granted = m_adminWrites.grantRole(user.value().id, role.value().id,
                                                       authMethodFromKey(request.authMethod).value_or(AuthMethod::Sso));
                if (!granted) {
                    return granted.refusal();
                }
                issued = granted.value();
                action = QStringLiteral("role.member.add");
            } else {
                if (auto revoked = m_adminWrites.revokeRole(user.value().id, role.value().id); !revoked) {
                    return revoked.refusal();
                }
                if (auto forgot = m_adminWrites.forgetIfNoRoles(write, user.value().id); !forgot) {
                    return forgot.refusal();
                }
                action = QStringLiteral("role.member.remove");
            }
            write.changed(Changed::Members, role.value().id);
        }
        issued.email = user.value().email;
        write.changed(Changed::Administrators, request.accountId);
    }
    write.audit(action, target, {}, after);
    return issued;
}

Result<ChangeRequest> ChangeRequestService::current(qint64 requestId)
{
    auto found = load(requestId);
    if (!found) {
        return found.refusal();
    }
    if (auto expired = expireIfDue(found.value()); !expired) {
        return expired.refusal();
    }
    return found;
}

Result<ChangeRequest> ChangeRequestService::decidable(const Actor& actor, qint64 requestId)
{
    auto found = current(requestId);
    if (!found) {
        return found.refusal();
    }
    if (auto allowed = canDecide(actor, found.value()); !allowed) {
        return allowed.refusal();
    }
    return found;
}

Result<ApprovalOutcome> ChangeRequestService::approve(const Actor& actor, qint64 requestId, const QString& password,
                                                      const QString& code)
{
    auto found = decidable(actor, requestId);
    if (!found) {
        return found.refusal();
    }
    // Confirmed on its own: a wrong code is recorded even though nothing else happens.
    if (auto confirmed = m_auth.reauthenticate(actor, password, code); !confirmed) {
        return confirmed.refusal();
    }
    const ChangeRequest& request = found.value();
    auto applied = m_writes.run(
        WriteScope::checked(actor, Action::ViewAccount, request.accountId),
        [&](Write& write) -> Result<IssuedCredentials> {
            if (auto decided = decide(actor, request, ChangeRequestStatus::Approved, {}); !decided) {
                return decided.refusal();
            }
            if (auto valid = validate(request); !valid) {
                return Refusal {valid.refusal().kind,
                                tr("The change can no longer be applied, so the request "
                                   "stays pending: %1")
                                    .arg(valid.refusal().message)};
            }
            write.audit(QStringLiteral("change_request.approve"), auditTarget(request, write), {}, describe(request));
            write.changed(Changed::ChangeRequests, request.accountId);
            return apply(request, write);
        });
    if (!applied) {
        return applied.refusal();
    }
    auto decidedRequest = load(requestId);
    if (!decidedRequest) {
        return decidedRequest.refusal();
    }
    return ApprovalOutcome {decidedRequest.value(), applied.value()};
}

Status ChangeRequestService::reject(const Actor& actor, qint64 requestId, const QString& note)
{
    auto found = decidable(actor, requestId);
    if (!found) {
        return found.refusal();
    }
    if (note.simplified().isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("Say why the request is rejected; the requester sees it.")};
    }
    return decideAndAudit(actor, found.value(), ChangeRequestStatus::Rejected, note.simplified());
}

Status ChangeRequestService::decideAndAudit(const Actor& actor, const ChangeRequest& request,
                                            ChangeRequestStatus status, const QString& note)
{
    return m_writes.run(
        WriteScope::checked(actor, Action::ViewAccount, request.accountId), [&](Write& write) -> Status {
            if (auto decided = decide(actor, request, status, note); !decided) {
                return decided;
            }
            QJsonObject after = describe(request);
            if (!note.isEmpty()) {
                after.insert(QStringLiteral("note"), note);
            }
            write.audit(status == ChangeRequestStatus::Rejected ? QStringLiteral("change_request.reject")
                                                                : QStringLiteral("change_request.cancel"),
                        auditTarget(request, write), {}, after);
            write.changed(Changed::ChangeRequests, request.accountId);
            return {};
        });
}

Status ChangeRequestService::cancel(const Actor& actor, qint64 requestId)
{
    auto found = current(requestId);
    if (!found) {
        return found.refusal();
    }
    if (auto pending = refuseIfNotPending(found.value()); !pending) {
        return pending;
    }
    if (actor.userId != found.value().requestedById) {
        return Refusal {Refusal::Kind::Denied, tr("Only the person who filed a request can withdraw it.")};
    }
    return decideAndAudit(actor, found.value(), ChangeRequestStatus::Cancelled, {});
}

} // namespace warden
