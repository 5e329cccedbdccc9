#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/Computer.h"
#include "../security/Keychain.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace warden {

class AuditLog;
class AuthService;
class Authorizer;
class Database;
class DatabaseSecrets;
class WritePath;
class Write;

/// The computers of a team database, seen from a computer that holds the key (DOMAIN.md "Team
/// use"): the list, approving a request after comparing its fingerprint, refusing, revoking (which
/// rotates the database key), rotating the key, and the recovery kit. A request may be decided by
/// an administrator with Admin Management in an account where the requester holds a role, or in
/// the account the requester belongs to (a partner's home account for partner staff) — never by
/// the requester. The key itself is a Super Administrator's of a top-level account.
class ComputerService
{
    Q_DECLARE_TR_FUNCTIONS(ComputerService)

public:
    using Clock = std::function<qint64()>; ///< seconds since the Unix epoch

    ComputerService(Database& database, DatabaseSecrets& secrets, const Authorizer& authorizer, WritePath& writes,
                    AuditLog& audit, AuthService& auth, Keychain keychain, Clock clock = {});

    /// At start-up: registers this computer when it holds the key but is not yet listed (the
    /// computer that created the database, or one from before computers were listed), writes the
    /// events of computers without the key to the audit log, and expires overdue requests.
    [[nodiscard]] Status settle();
    /// In the sign-in's write: the computer belongs to whoever first signs in on it; last used.
    [[nodiscard]] Status noteSignIn(const Actor& actor);
    [[nodiscard]] qint64 thisComputerId() const { return m_thisComputer; }
    /// Why this computer could not move the audit log to signed entries at start-up; empty if it did.
    [[nodiscard]] const QString& signingProblem() const { return m_signingProblem; }
    /// Writes to the audit log that this computer, as a witness, found the log shorter than or
    /// different from what it saw (`audit.witness_failed`, in the account of the computer's owner).
    [[nodiscard]] Status recordWitnessFailure(const QString& problem);

    /// The computers and requests `viewer` may see: their own, and those of administrators of
    /// accounts where they may view administrators.
    [[nodiscard]] Result<QList<Computer>> computers(const Actor& viewer) const;
    /// Whether `actor` may approve or refuse `computer`'s request (the reason when not).
    [[nodiscard]] Status mayDecide(const Actor& actor, const Computer& computer) const;
    /// Whether `actor` may revoke `computer` (their own, or as for deciding).
    [[nodiscard]] Status mayRevoke(const Actor& actor, const Computer& computer) const;

    [[nodiscard]] Status approve(const Actor& actor, qint64 computerId, const QString& fingerprint,
                                 const QString& password, const QString& code);
    [[nodiscard]] Status refuse(const Actor& actor, qint64 computerId);
    /// Takes the computer out and rotates the database key in the same transaction.
    [[nodiscard]] Status revoke(const Actor& actor, qint64 computerId, const QString& password, const QString& code);
    [[nodiscard]] Status rotateKey(const Actor& actor, const QString& password, const QString& code);
    /// Whether `actor` may rotate or export the key (Super Administrator of a top-level account).
    [[nodiscard]] Status mayHoldKey(const Actor& actor) const;
    /// The recovery kit's file contents.
    [[nodiscard]] Result<QByteArray> exportRecoveryKit(const Actor& actor, const QString& password, const QString& code,
                                                       const QString& passphrase);

private:
    [[nodiscard]] Result<Computer> computer(qint64 id) const;
    /// The accounts whose administrators may see or decide about the computer: its owner's own
    /// account and those where the owner holds a role (every account for a computer nobody
    /// signed in on yet).
    [[nodiscard]] Result<QList<qint64>> accountsOf(const Computer& computer) const;
    /// The account in whose name `actor` approves or refuses the computer's request.
    [[nodiscard]] Result<qint64> decidingAccount(const Actor& actor, const Computer& computer) const;
    /// The account in whose name `actor` revokes the computer; 0 for their own computer.
    [[nodiscard]] Result<qint64> revokingAccount(const Actor& actor, const Computer& computer) const;
    /// The account in which `actor` has Admin Management over the computer's owner.
    [[nodiscard]] Result<qint64> managingAccount(const Actor& actor, const Computer& computer) const;
    /// A new key: everything sealed with the old one sealed again, the old one kept sealed under
    /// the new for the audit history, the new one sealed to every approved computer.
    [[nodiscard]] Status rotateIn(Write& write, const QString& reason);
    /// The write, with the key adopted by `rotateIn` undone in this process if it fails.
    template<typename Change> Status rotatingWrite(const Actor& actor, qint64 accountId, Change&& change);
    /// Writes the requests and events of computers without the key to the audit chain (joins
    /// the caller's write).
    [[nodiscard]] Status recordWaitingEvents();
    [[nodiscard]] QString now() const;

    Database& m_database;
    DatabaseSecrets& m_secrets;
    const Authorizer& m_authorizer;
    WritePath& m_writes;
    AuditLog& m_audit;
    AuthService& m_auth;
    Keychain m_keychain;
    Clock m_clock;
    qint64 m_thisComputer = 0;
    QString m_signingProblem;
};

} // namespace warden
