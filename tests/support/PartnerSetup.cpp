#include "PartnerSetup.h"

namespace warden::test {

namespace {

template<typename R> auto require(R&& result, const char* what)
{
    if (!result) {
        qFatal("partner setup (%s): %s", what, qPrintable(result.refusal().message));
    }
    return std::forward<R>(result);
}

qint64 customer(CoreServices& core, const QString& code, const QString& domain)
{
    const Actor system = Actor::system();
    auto account =
        require(core.accounts().create(system, code, code + QStringLiteral(" Ltd"), AccountKind::Standard), "customer");
    (void)require(core.accounts().addDomain(system, account.value().id, domain), "customer domain");
    User user;
    user.email = QStringLiteral("owner@") + domain;
    (void)require(core.directory().addUser(system, account.value().id, user), "customer user");
    return account.value().id;
}

} // namespace

PartnerSetup::PartnerSetup(CoreFixture& fixture)
{
    CoreServices& core = fixture.core();
    const Actor system = Actor::system();
    auto home = require(
        core.accounts().create(system, QStringLiteral("NWMSP"), QStringLiteral("Northwind MSP"), AccountKind::Standard),
        "home account");
    m_homeId = home.value().id;
    (void)require(core.accounts().addDomain(system, m_homeId, QStringLiteral("nwmsp.test")), "home domain");
    QList<User> staffUsers;
    for (const char* name : {"alice", "bob", "carol"}) {
        User user;
        user.email = QString::fromLatin1(name) + QStringLiteral("@nwmsp.test");
        user.displayName = QString::fromLatin1(name);
        staffUsers.append(user);
    }
    (void)require(core.directory().addUsers(system, m_homeId, staffUsers), "staff");
    m_aliceId = require(core.directory().find(system, QStringLiteral("alice@nwmsp.test")), "alice").value().id;
    auto basic = require(core.roles().roleByName(system, m_homeId, QStringLiteral("Basic Administrator")), "role");
    (void)require(core.roles().addMembers(system, basic.value().id, {QStringLiteral("alice@nwmsp.test")}), "alice");
    m_partner = require(core.partners().createPartner(system, QStringLiteral("Northwind MSP"), QStringLiteral("NWMSP")),
                        "partner")
                    .value();
    m_betaId = customer(core, QStringLiteral("BETA"), QStringLiteral("beta.test"));
    m_gammaId = customer(core, QStringLiteral("GAMMA"), QStringLiteral("gamma.test"));
    for (const qint64 accountId : {fixture.accountId(), m_betaId}) {
        (void)require(core.partners().delegate(system, accountId, m_partner.id), "delegation");
        (void)require(core.partners().addExternalAdmin(system, accountId, QStringLiteral("alice@nwmsp.test"),
                                                       QStringLiteral("Partner Administrator")),
                      "external admin");
    }
}

Actor PartnerSetup::staff(qint64 userId, const QString& email) const
{
    return Actor {userId, m_homeId, email, false, kPartnerAddress};
}

} // namespace warden::test
