#pragma once

#include "../Result.h"
#include "../domain/Computer.h"
#include "../security/Keychain.h"

#include <QCoreApplication>
#include <functional>

namespace warden {

class Database;

/// What a computer that filed a request shows its person: the request's id and the fingerprint
/// to read aloud to the approving administrator.
struct ComputerRequestTicket
{
    qint64 id = 0;
    QString fingerprint;
};

/// What a computer without the database key can do: ask to join (DOMAIN.md "Team use"), see
/// where its request stands, and restore the key from a recovery kit. It cannot write the audit
/// chain, so its events wait in `pending_audit` (and requests in `computers`) until a computer
/// with the key records them.
class ComputerAccess
{
    Q_DECLARE_TR_FUNCTIONS(ComputerAccess)

public:
    using Clock = std::function<qint64()>; ///< seconds since the Unix epoch
    static constexpr qint64 kRequestSeconds = qint64 {24} * 60 * 60;

    ComputerAccess(Database& database, Keychain keychain, Clock clock = {});

    /// Checks the administrator's password (failures throttled as sign-ins are), makes this
    /// computer's key pair (the secret half only in its keychain) and files a pending request.
    [[nodiscard]] Result<ComputerRequestTicket> request(const QString& email, const QString& password,
                                                        const QString& computerName);
    /// This computer's request or computer record; NotFound when it never asked.
    [[nodiscard]] Result<Computer> status() const;
    /// Restores the database key from a recovery kit; this computer is then approved "by
    /// recovery kit", which the next computer with the key writes to the audit log.
    [[nodiscard]] Status importRecoveryKit(const QByteArray& kit, const QString& passphrase,
                                           const QString& computerName);
    /// Whether this computer's keychain holds the database's current key.
    [[nodiscard]] Result<bool> holdsCurrentKey() const;

    /// This computer's name as offered by default.
    static QString defaultComputerName();

private:
    /// Records a refused request for the audit log and counts it as a failed sign-in.
    [[nodiscard]] Status recordFailure(const QString& email, qint64 userId, int failedAttempts, const QString& reason);
    [[nodiscard]] qint64 now() const { return m_clock(); }

    Database& m_database;
    Keychain m_keychain;
    Clock m_clock;
};

} // namespace warden
