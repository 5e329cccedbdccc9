#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/Administrator.h"
#include "../domain/ChangeRequest.h"
#include "../domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace warden {

class AdministratorWrites;
class AuthService;
class Authorizer;
class Database;
class Write;
class WritePath;

/// What an approval did: the request as decided, and a temporary password when it added a
/// local-password administrator or reset one (shown once to the approver, stored nowhere).
struct ApprovalOutcome
{
    ChangeRequest request;
    IssuedCredentials issued;
};

/// Protected-role change requests (DOMAIN.md "Protected-role changes"), approved by the account
/// contacts (`AccountContactService`). A request is filed by an administrator with the Protected Roles management
/// level, with a justification; a *different* administrator who is an account contact of
/// Director level or higher approves it after confirming with password and one-time code, and
/// the change is applied in the same transaction. Pending requests expire after seven days.
class ChangeRequestService
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRequestService)

public:
    static constexpr int kExpiryDays = 7;
    static constexpr int kMinimumJustification = 10; ///< characters

    using Clock = std::function<qint64()>; ///< seconds since the Unix epoch
    ChangeRequestService(Database& database, Authorizer& authorizer, WritePath& writes, AuthService& auth,
                         AdministratorWrites& adminWrites, Clock clock = {});

    [[nodiscard]] Status canRequest(const Actor& actor, qint64 accountId) const;
    [[nodiscard]] Result<ChangeRequest> create(const Actor& actor, const ChangeRequestDraft& draft);
    /// The account's requests, newest first; pending ones past their expiry read as expired.
    [[nodiscard]] Result<QList<ChangeRequest>> requests(const Actor& actor, qint64 accountId) const;
    [[nodiscard]] Result<ChangeRequest> request(const Actor& actor, qint64 requestId) const;

    /// Whether `actor` may approve or reject the request (different person, Director-level
    /// contact, still pending); the re-authentication comes on top for approval.
    [[nodiscard]] Status canDecide(const Actor& actor, const ChangeRequest& request) const;
    [[nodiscard]] Result<ApprovalOutcome> approve(const Actor& actor, qint64 requestId, const QString& password,
                                                  const QString& code);
    [[nodiscard]] Status reject(const Actor& actor, qint64 requestId, const QString& note);
    /// The requester withdraws their own pending request.
    [[nodiscard]] Status cancel(const Actor& actor, qint64 requestId);

private:
    [[nodiscard]] Result<ChangeRequest> load(qint64 requestId) const;
    /// The request, marked expired first when it is past its expiry.
    [[nodiscard]] Result<ChangeRequest> current(qint64 requestId);
    /// The request as current(), when `actor` may decide it.
    [[nodiscard]] Result<ChangeRequest> decidable(const Actor& actor, qint64 requestId);
    /// Marks a pending request past its expiry as expired (audited); true when it did.
    [[nodiscard]] Result<bool> expireIfDue(const ChangeRequest& request);
    [[nodiscard]] Status refuseIfNotPending(const ChangeRequest& request) const;
    /// Checks the request still makes sense now (the user is there, not the last Super
    /// Administrator, …), for creation and again at approval.
    [[nodiscard]] Status validate(const ChangeRequest& request) const;
    [[nodiscard]] Status validateReset(const User& user, const AdministratorSummary* current) const;
    [[nodiscard]] Status validateMemberChange(const ChangeRequest& request, const User& user,
                                              const AdministratorSummary* current) const;
    /// Sets the status if it is still pending; a Conflict naming the winner when it was not.
    [[nodiscard]] Status decide(const Actor& actor, const ChangeRequest& request, ChangeRequestStatus status,
                                const QString& note);
    /// Rejects or cancels: the decision and its audit entry.
    [[nodiscard]] Status decideAndAudit(const Actor& actor, const ChangeRequest& request, ChangeRequestStatus status,
                                        const QString& note);
    /// Makes the approved change inside the approval's write, with its own audit entry.
    [[nodiscard]] Result<IssuedCredentials> apply(const ChangeRequest& request, Write& write);
    /// What audit entries of the request name: the person changed, else the account.
    [[nodiscard]] static QString auditTarget(const ChangeRequest& request, const Write& write);
    [[nodiscard]] qint64 now() const { return m_clock(); }
    [[nodiscard]] QString iso(qint64 seconds) const;

    Database& m_database;
    Authorizer& m_authorizer;
    WritePath& m_writes;
    AuthService& m_auth;
    AdministratorWrites& m_adminWrites;
    Clock m_clock;
};

} // namespace warden
