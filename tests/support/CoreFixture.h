#pragma once

#include "CoreServices.h"
#include "TestDatabase.h"

#include <QHash>
#include <memory>

namespace warden::test {

/// A core over a throw-away database with one standard account (code ACME, domain acme.test),
/// a small directory and one administrator per persona, ready to act as any of them.
class CoreFixture
{
public:
    enum class Persona { Super, SecondSuper, Full, Basic, HelpDesk, Gateway, Nobody };

    explicit CoreFixture(bool seed = true, AuthService::Clock clock = {});
    ~CoreFixture();

    CoreServices& core() { return *m_core; }
    TestDatabase& database() { return m_database; }
    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    [[nodiscard]] Actor actor(Persona persona) const;
    [[nodiscard]] static QString email(Persona persona);
    /// Plain directory user number i (0..kPlainUsers-1), holding no role.
    [[nodiscard]] static QString plainUser(int i);
    [[nodiscard]] Role role(const QString& name);
    /// Gives the persona a local password and a TOTP secret (returned) so it can sign in and
    /// confirm approvals.
    QByteArray enroll(Persona persona, const QString& password);
    [[nodiscard]] qint64 userId(Persona persona) const { return m_userIds.value(static_cast<int>(persona)); }
    /// Reopens the core on the same database (after a raw edit, or to test persistence).
    void reopen();
    /// A second console on the same database, with connections of its own (a colleague's).
    [[nodiscard]] std::unique_ptr<CoreServices> anotherConsole() const;

    static constexpr int kPlainUsers = 30;

private:
    void seed();

    TestDatabase m_database;
    std::unique_ptr<CoreServices> m_core;
    AuthService::Clock m_clock;
    qint64 m_accountId = 0;
    QHash<int, qint64> m_userIds;
};

} // namespace warden::test
