#include "DemoSeeder.h"

#include "CoreServices.h"
#include "security/Base32.h"
#include "security/Totp.h"

#include <QDateTime>
#include <QSqlError>
#include <array>

namespace warden {

namespace {

constexpr std::array kFirstNames = {"Olivia", "Liam",  "Emma",  "Noah",  "Amelia", "Oliver", "Ava",    "Elijah",
                                    "Sophia", "Lucas", "Mia",   "Levi",  "Isla",   "Mateo",  "Chloe",  "Ethan",
                                    "Zoe",    "Jonas", "Léa",   "Hugo",  "Anaïs",  "Björn",  "Çelik",  "Dmitri",
                                    "Fatima", "Kenji", "Priya", "Santi", "Ingrid", "Tomás",  "Yasmin", "Zofia"};
constexpr std::array kLastNames = {"Smith",   "Johnson", "Williams", "Brown",   "Jones",    "Garcia", "Miller",
                                   "Davis",   "Wilson",  "Moore",    "Taylor",  "Anderson", "Thomas", "Martin",
                                   "Müller",  "Schmidt", "Dubois",   "Lefèvre", "Rossi",    "Novak",  "Kowalski",
                                   "Tanaka",  "Patel",   "O'Brien",  "Nguyen",  "Silva",    "Haddad", "Larsen",
                                   "Fischer", "Moreau",  "Costa",    "Ivanova"};

QString asciiFold(QString text)
{
    // Addresses use plain ASCII: decompose and drop the marks, then drop anything else.
    text = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128) {
            out.append(ch.toLower());
        }
    }
    return out;
}

struct Seat
{
    QString email;
    QString name;
    QString roleName;
    QString accountCode;
};

/// One account of the demo, with its share of the generated directory.
struct Tenant
{
    QString code, name, domain;
    AccountKind kind;
    QString parent;
    int share; ///< percent of the generated users
};

/// The demo's accounts, parents before their children.
QList<Tenant> demoTenants()
{
    return {
        {QStringLiteral("ACME"),
         QStringLiteral("Acme Corporation"),
         QStringLiteral("acme.example"),
         AccountKind::Standard,
         {},
         50},
        {QStringLiteral("GLOBEX"),
         QStringLiteral("Globex Holdings"),
         QStringLiteral("globex.example"),
         AccountKind::Master,
         {},
         5},
        {QStringLiteral("GLOBEX-EU"),
         QStringLiteral("Globex Europe"),
         {},
         AccountKind::Group,
         QStringLiteral("GLOBEX"),
         0},
        {QStringLiteral("GLOBEX-UK"), QStringLiteral("Globex UK"), QStringLiteral("uk.globex.example"),
         AccountKind::MailProcessing, QStringLiteral("GLOBEX-EU"), 15},
        {QStringLiteral("GLOBEX-DE"), QStringLiteral("Globex Deutschland"), QStringLiteral("de.globex.example"),
         AccountKind::MailProcessing, QStringLiteral("GLOBEX-EU"), 15},
        {QStringLiteral("GLOBEX-US"), QStringLiteral("Globex US"), QStringLiteral("us.globex.example"),
         AccountKind::MailProcessing, QStringLiteral("GLOBEX"), 15},
        {QStringLiteral("NWMSP"),
         QStringLiteral("Northwind MSP"),
         QStringLiteral("northwind-msp.example"),
         AccountKind::Standard,
         {},
         0},
        {QStringLiteral("INITECH"),
         QStringLiteral("Initech"),
         QStringLiteral("initech.example"),
         AccountKind::Standard,
         {},
         0},
    };
}

} // namespace

DemoSeeder::DemoSeeder(CoreServices& core)
    : m_core(core)
{ }

QString DemoSeeder::demoSecretKey(const QString& databaseId, const QString& email)
{
    return DatabaseSecrets::keychainKey(databaseId, QStringLiteral("demo-totp/") + email.trimmed().toLower());
}

QPair<QString, QString> DemoSeeder::person(int i)
{
    const auto first = QString::fromUtf8(kFirstNames.at(static_cast<std::size_t>(i) % kFirstNames.size()));
    const auto last =
        QString::fromUtf8(kLastNames.at((static_cast<std::size_t>(i) / kFirstNames.size()) % kLastNames.size()));
    const int series = i / static_cast<int>(kFirstNames.size() * kLastNames.size());
    QString local = asciiFold(first) + QLatin1Char('.') + asciiFold(last);
    if (series > 0) {
        local += QString::number(series);
    }
    return {first + QLatin1Char(' ') + last, local};
}

Result<QList<DemoAdmin>> DemoSeeder::seed(int userCount)
{
    auto needed = m_core.auth().needsFirstRun();
    if (!needed) {
        return needed.refusal();
    }
    if (!needed.value()) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("The demo needs an empty database; this one already has administrators.")};
    }
    return m_core.writes().run(WriteScope::unchecked(QStringLiteral("system"), 0),
                               [&](Write& write) { return seedInside(write, userCount); });
}

Result<QList<DemoAdmin>> DemoSeeder::seedInside(Write& write, int userCount)
{
    QHash<QString, qint64> accountIds;
    QStringList acmeStaff;
    if (auto done = seedAccounts(userCount, accountIds, acmeStaff); !done) {
        return done.refusal();
    }
    auto admins = seedAdministrators(accountIds);
    if (!admins) {
        return admins.refusal();
    }
    write.audit(QStringLiteral("demo.seed"), tr("%n users", nullptr, userCount));
    const qint64 acme = accountIds.value(QStringLiteral("ACME"));
    // Up to twelve of Acme's staff (a small demo directory has fewer).
    const QStringList helpers = acmeStaff.mid(0, 12);
    if (auto done = seedRoles(acme, helpers); !done) {
        return done.refusal();
    }
    if (auto done = seedPartner(accountIds); !done) {
        return done.refusal();
    }
    if (auto done = seedRequest(acme, helpers); !done) {
        return done.refusal();
    }
    return admins;
}

Status DemoSeeder::seedAccounts(int userCount, QHash<QString, qint64>& accountIds, QStringList& acmeStaff)
{
    const Actor system = Actor::system();
    int next = 0;
    const QList<Tenant> tenants = demoTenants();
    for (const Tenant& tenant : tenants) {
        auto account = m_core.accounts().create(system, tenant.code, tenant.name, tenant.kind, tenant.parent);
        if (!account) {
            return account.refusal();
        }
        accountIds.insert(tenant.code, account.value().id);
        if (tenant.domain.isEmpty()) {
            continue;
        }
        // Mail-processing accounts cannot add domains: the domain goes on the master and is linked down.
        if (tenant.kind == AccountKind::MailProcessing) {
            QString root = tenant.parent;
            for (const Tenant& other : tenants) {
                if (other.code == root && !other.parent.isEmpty()) {
                    root = other.parent;
                }
            }
            if (auto added = m_core.accounts().addDomain(system, accountIds.value(root), tenant.domain); !added) {
                return added.refusal();
            }
            if (auto linked = m_core.accounts().linkDomain(system, tenant.domain, account.value().id); !linked) {
                return linked.refusal();
            }
        } else if (auto added = m_core.accounts().addDomain(system, account.value().id, tenant.domain); !added) {
            return added.refusal();
        }
        QList<User> users;
        const int count = std::max(1, userCount * tenant.share / 100);
        users.reserve(count);
        for (int i = 0; i < count; ++i, ++next) {
            const auto [name, local] = person(next);
            User user;
            user.email = local + QLatin1Char('@') + tenant.domain;
            user.displayName = name;
            user.upn = user.email;
            user.source = (i % 3 == 0) ? QStringLiteral("sync") : QStringLiteral("import");
            users.append(user);
        }
        if (auto added = m_core.directory().addUsers(system, account.value().id, users); !added) {
            return added.refusal();
        }
        if (tenant.code == QLatin1String("ACME")) {
            for (const User& user : users) {
                acmeStaff.append(user.email);
            }
        }
    }
    return {};
}

Result<QList<DemoAdmin>> DemoSeeder::seedAdministrators(const QHash<QString, qint64>& accountIds)
{
    const Actor system = Actor::system();
    const QList<Seat> seats = {
        {QStringLiteral("alice.admin@acme.example"), QStringLiteral("Alice Admin"),
         QStringLiteral("Super Administrator"), QStringLiteral("ACME")},
        {QStringLiteral("backup.admin@acme.example"), QStringLiteral("Backup Super Admin (system)"),
         QStringLiteral("Super Administrator"), QStringLiteral("ACME")},
        {QStringLiteral("erin.full@acme.example"), QStringLiteral("Erin Full"), QStringLiteral("Full Administrator"),
         QStringLiteral("ACME")},
        {QStringLiteral("carol.basic@acme.example"), QStringLiteral("Carol Basic"),
         QStringLiteral("Basic Administrator"), QStringLiteral("ACME")},
        {QStringLiteral("dave.helpdesk@acme.example"), QStringLiteral("Dave Helpdesk"),
         QStringLiteral("Help Desk Administrator"), QStringLiteral("ACME")},
        {QStringLiteral("gina.gateway@acme.example"), QStringLiteral("Gina Gateway"),
         QStringLiteral("Gateway Administrator"), QStringLiteral("ACME")},
        {QStringLiteral("mia.master@globex.example"), QStringLiteral("Mia Master"),
         QStringLiteral("Master Administrator"), QStringLiteral("GLOBEX")},
        {QStringLiteral("milo.migration@globex.example"), QStringLiteral("Milo Migration"),
         QStringLiteral("Migration Administrator"), QStringLiteral("GLOBEX")},
        {QStringLiteral("paul.partner@northwind-msp.example"), QStringLiteral("Paul Partner"),
         QStringLiteral("Basic Administrator"), QStringLiteral("NWMSP")},
    };
    QList<DemoAdmin> admins;
    for (const Seat& seat : seats) {
        const qint64 accountId = accountIds.value(seat.accountCode);
        User user;
        user.email = seat.email;
        user.displayName = seat.name;
        auto created = m_core.directory().addUser(system, accountId, user);
        if (!created) {
            return created.refusal();
        }
        auto role = m_core.roles().roleByName(system, accountId, seat.roleName);
        if (!role) {
            return role.refusal();
        }
        // Seeding is the system acting before any administrator exists: it may fill protected roles.
        if (auto added = m_core.roles().addMembers(system, role.value().id, {seat.email}); !added) {
            return added.refusal();
        }
        const QByteArray secret = Totp::generateSecret();
        if (auto enrolled = m_core.auth().enrollLocalPassword(system, seat.email, kDemoPassword, secret); !enrolled) {
            return enrolled.refusal();
        }
        // The demo's TOTP secrets are kept in the keychain too, for `wardenctl demo-code`.
        if (auto kept = Keychain().write(demoSecretKey(m_core.database().databaseId(), seat.email), secret); !kept) {
            return kept.refusal();
        }
        admins.append({seat.email, seat.roleName, seat.accountCode, Base32::encode(secret)});
        if (seat.email.startsWith(QLatin1String("backup."))) {
            // The break-glass account of the backup rules (DOMAIN.md "Backup administrators"): its
            // password is replaced by a strong one kept only in the keychain (Reveal shows it).
            if (auto marked = m_core.backupCredentials().setBackup(system, accountId, created.value().id, true);
                !marked) {
                return marked.refusal();
            }
        }
    }
    return admins;
}

Status DemoSeeder::seedRoles(qint64 acme, const QStringList& helpers)
{
    const Actor system = Actor::system();
    // A few ordinary members so the tree has something to show, and a custom role.
    PermissionSet tier2;
    tier2.setVerbs(AppArea::TrackAndTrace, Read | TakeAction);
    tier2.setVerbs(AppArea::InternalDirectories, Read | Edit);
    tier2.setVerbs(AppArea::AccountRoles, Read);
    tier2.setVerbs(AppArea::Policies, Read);
    auto custom =
        m_core.roles().createRole(system, acme, QStringLiteral("Tier 2 Support"),
                                  QStringLiteral("Escalation desk: track and trace and user settings."), tier2);
    if (!custom) {
        return custom.refusal();
    }
    if (auto added = m_core.roles().addMembers(system, custom.value().id, helpers.mid(0, helpers.size() / 2)); !added) {
        return added.refusal();
    }
    auto helpDesk = m_core.roles().roleByName(system, acme, QStringLiteral("Help Desk Administrator"));
    if (!helpDesk) {
        return helpDesk.refusal();
    }
    if (auto added = m_core.roles().addMembers(system, helpDesk.value().id, helpers.mid(helpers.size() / 2)); !added) {
        return added.refusal();
    }
    return {};
}

Status DemoSeeder::seedPartner(const QHash<QString, qint64>& accountIds)
{
    const Actor system = Actor::system();
    const qint64 acme = accountIds.value(QStringLiteral("ACME"));
    // A partner (MSP) that manages Acme, Globex UK and Initech; Paul is its administrator.
    QList<User> partnerStaff;
    for (const char* local : {"pia.ops", "sam.noc"}) {
        User user;
        user.email = QString::fromLatin1(local) + QStringLiteral("@northwind-msp.example");
        user.displayName = QString::fromLatin1(local);
        partnerStaff.append(user);
    }
    if (auto added = m_core.directory().addUsers(system, accountIds.value(QStringLiteral("NWMSP")), partnerStaff);
        !added) {
        return added.refusal();
    }
    auto partner = m_core.partners().createPartner(system, QStringLiteral("Northwind MSP"), QStringLiteral("NWMSP"));
    if (!partner) {
        return partner.refusal();
    }
    for (const QString& code : {QStringLiteral("ACME"), QStringLiteral("GLOBEX-UK"), QStringLiteral("INITECH")}) {
        if (auto delegated = m_core.partners().delegate(system, accountIds.value(code), partner.value().id);
            !delegated) {
            return delegated.refusal();
        }
        if (auto external = m_core.partners().addExternalAdmin(system, accountIds.value(code),
                                                               QStringLiteral("paul.partner@northwind-msp.example"),
                                                               QStringLiteral("Partner Administrator"));
            !external) {
            return external.refusal();
        }
    }
    if (auto external = m_core.partners().addExternalAdmin(
            system, acme, QStringLiteral("sam.noc@northwind-msp.example"), QStringLiteral("Help Desk Administrator"));
        !external) {
        return external.refusal();
    }
    return {};
}

Status DemoSeeder::seedRequest(qint64 acme, const QStringList& helpers)
{
    const Actor system = Actor::system();
    // Account contacts for protected-role approvals, and one request waiting for Erin.
    const QList<AccountContact> contacts = {
        {0,
         acme,
         QStringLiteral("Erin Full"),
         QStringLiteral("Director of Security Operations"),
         QStringLiteral("erin.full@acme.example"),
         true,
         {},
         {}},
        {0,
         acme,
         QStringLiteral("Carol Basic"),
         QStringLiteral("IT Manager"),
         QStringLiteral("carol.basic@acme.example"),
         false,
         {},
         {}},
    };
    for (const AccountContact& contact : contacts) {
        if (auto saved = m_core.contacts().save(system, contact); !saved) {
            return saved.refusal();
        }
    }
    auto alice = m_core.directory().find(system, QStringLiteral("alice.admin@acme.example"));
    auto fullRole = m_core.roles().roleByName(system, acme, QStringLiteral("Full Administrator"));
    if (!alice || !fullRole) {
        return !alice ? alice.refusal() : fullRole.refusal();
    }
    ChangeRequestDraft draft;
    draft.accountId = acme;
    draft.kind = ChangeRequestKind::AddMember;
    draft.roleId = fullRole.value().id;
    draft.targetEmail = helpers.first();
    draft.justification = tr("Joins the incident response team and needs message content for investigations.");
    if (auto filed = m_core.changeRequests().create(
            Actor {alice.value().id, acme, alice.value().email, false, m_core.auth().clientAddress()}, draft);
        !filed) {
        return filed.refusal();
    }
    return {};
}

} // namespace warden
