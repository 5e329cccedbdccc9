#include "HierarchySetup.h"

namespace warden::test {

Hierarchy buildHierarchy(CoreFixture& f)
{
    const Actor system = Actor::system();
    auto& accounts = f.core().accounts();
    Hierarchy h;
    h.master =
        accounts.create(system, QStringLiteral("MASTER"), QStringLiteral("Master"), AccountKind::Master).value().id;
    h.group = accounts
                  .create(system, QStringLiteral("GRP"), QStringLiteral("Group"), AccountKind::Group,
                          QStringLiteral("MASTER"))
                  .value()
                  .id;
    h.leaf = accounts
                 .create(system, QStringLiteral("MP1"), QStringLiteral("Leaf 1"), AccountKind::MailProcessing,
                         QStringLiteral("GRP"))
                 .value()
                 .id;
    h.otherLeaf = accounts
                      .create(system, QStringLiteral("MP2"), QStringLiteral("Leaf 2"), AccountKind::MailProcessing,
                              QStringLiteral("MASTER"))
                      .value()
                      .id;
    const qint64 otherMaster =
        accounts.create(system, QStringLiteral("OTHER"), QStringLiteral("Other"), AccountKind::Master).value().id;
    Q_UNUSED(otherMaster);
    h.foreignLeaf = accounts
                        .create(system, QStringLiteral("OMP"), QStringLiteral("Other leaf"),
                                AccountKind::MailProcessing, QStringLiteral("OTHER"))
                        .value()
                        .id;
    if (!accounts.addDomain(system, h.master, QStringLiteral("master.test"))) {
        qFatal("domain");
    }
    User mia;
    mia.email = QStringLiteral("mia@master.test");
    const qint64 miaId = f.core().directory().addUser(system, h.master, mia).value().id;
    const Role role = f.core().roles().roleByName(system, h.master, QStringLiteral("Master Administrator")).value();
    if (!f.core().roles().addMembers(system, role.id, {mia.email})) {
        qFatal("member");
    }
    h.masterAdmin = Actor {miaId, h.master, mia.email, false, QStringLiteral("127.0.0.1")};
    return h;
}

} // namespace warden::test
