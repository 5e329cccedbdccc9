#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "AuthService.h"

#include <QByteArray>
#include <QCoreApplication>

namespace warden {

class Database;
class WritePath;

/// Short-lived sessions for command-line use, so a script signs in once instead of spending a
/// one-time code per command. The token goes to the keychain; only its hash is stored in the
/// database. A session ends after `kSessionSeconds` without use, when its administrator is
/// disabled, or when it is resumed from another client address than the one it was opened from.
class SessionService
{
    Q_DECLARE_TR_FUNCTIONS(SessionService)

public:
    static constexpr qint64 kSessionSeconds = qint64(15) * 60;

    /// `auth` says which client address this console connects from.
    SessionService(Database& database, WritePath& writes, const AuthService& auth, AuthService::Clock clock = {});

    [[nodiscard]] Result<QByteArray> openSession(const Actor& actor);
    [[nodiscard]] Result<Actor> resumeSession(const QString& email, const QByteArray& token);
    [[nodiscard]] Status closeSession(const QByteArray& token);

private:
    [[nodiscard]] qint64 now() const { return m_clock(); }

    Database& m_database;
    WritePath& m_writes;
    const AuthService& m_auth;
    AuthService::Clock m_clock;
};

} // namespace warden
