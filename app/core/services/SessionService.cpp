#include "SessionService.h"

#include "../security/Sodium.h"
#include "../storage/DirectoryStore.h"
#include "../storage/SignInStore.h"
#include "../write/WritePath.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace warden {

namespace {

QString tokenHash(const QByteArray& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}
} // namespace

SessionService::SessionService(Database& database, WritePath& writes, const AuthService& auth, AuthService::Clock clock)
    : m_database(database)
    , m_writes(writes)
    , m_auth(auth)
    , m_clock(clock ? std::move(clock) : AuthService::Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{ }

Result<QByteArray> SessionService::openSession(const Actor& actor)
{
    if (actor.isSystem || actor.userId == 0) {
        return Refusal {Refusal::Kind::Authentication, tr("Only a signed-in administrator can open a session.")};
    }
    QByteArray token = Sodium::randomBytes(32).toHex();
    return m_writes.run(WriteScope::unchecked(actor.auditName(), 0), [&](Write&) -> Result<QByteArray> {
        if (auto done =
                SignInStore(m_database)
                    .insertSession(tokenHash(token), actor.userId, now() + kSessionSeconds, actor.clientAddress);
            !done) {
            return done.refusal();
        }
        return token;
    });
}

Result<Actor> SessionService::resumeSession(const QString& email, const QByteArray& token)
{
    auto found = SignInStore(m_database).session(tokenHash(token));
    if (!found) {
        return found.refusal();
    }
    if (!found.value() || DirectoryStore::emailKey(found.value()->email) != DirectoryStore::emailKey(email)
        || found.value()->disabled || found.value()->expiresAt < now()) {
        return Refusal {Refusal::Kind::Authentication, tr("The session has ended; sign in again.")};
    }
    const SessionRecord& session = *found.value();
    const Actor actor {session.userId, session.accountId, session.email, false, session.clientAddress};
    if (actor.clientAddress != m_auth.clientAddress()) {
        return Refusal {Refusal::Kind::Authentication,
                        tr("The session was opened from another address (%1); sign in again from this one.")
                            .arg(actor.clientAddress.isEmpty() ? tr("unknown") : actor.clientAddress)};
    }
    return m_writes.run(WriteScope::unchecked(actor.email, 0), [&](Write&) -> Result<Actor> {
        if (auto done = SignInStore(m_database).extendSession(tokenHash(token), now() + kSessionSeconds); !done) {
            return done.refusal();
        }
        return actor;
    });
}

Status SessionService::closeSession(const QByteArray& token)
{
    return m_writes.run(WriteScope::unchecked(QStringLiteral("system"), 0), [&](Write&) -> Status {
        return SignInStore(m_database).deleteSession(tokenHash(token), now());
    });
}

} // namespace warden
