#include "ImportPlanner.h"

#include "../authorization/Authorizer.h"
#include "../domain/EmailAddress.h"
#include "../domain/UserFields.h"
#include "../storage/AccountStore.h"
#include "../storage/ImportStore.h"
#include "../storage/RoleStore.h"

namespace warden {

namespace {

std::optional<bool> parseFlag(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == QLatin1String("false") || value == QLatin1String("no")
        || value == QLatin1String("0")) {
        return false;
    }
    if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1")) {
        return true;
    }
    return std::nullopt;
}

} // namespace

const QStringList& ImportPlanner::importableRoles()
{
    static const QStringList roles {QStringLiteral("Basic Administrator"), QStringLiteral("Help Desk Administrator"),
                                    QStringLiteral("Gateway Administrator")};
    return roles;
}

ImportPlanner::ImportPlanner(Database& database, const Authorizer& authorizer, const Actor& actor,
                             const ImportHeader& header, std::optional<Account> defaultAccount, ImportStore& store,
                             ImportReport& report)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_actor(actor)
    , m_header(header)
    , m_defaultAccount(std::move(defaultAccount))
    , m_store(store)
    , m_report(report)
{ }

void ImportPlanner::addError(qint64 line, const QString& message)
{
    ++m_report.errorCount;
    if (m_report.errors.size() < ImportReport::kMaxListedErrors) {
        m_report.errors.append({line, message});
    }
}

QHash<qint64, QString> ImportPlanner::accounts() const
{
    QHash<qint64, QString> codes;
    for (const TargetAccount& account : m_accounts) {
        codes.insert(account.id, account.code);
    }
    return codes;
}

Result<ImportPlanner::TargetAccount*> ImportPlanner::target(const QString& code)
{
    const QString key = code.toLower();
    if (auto it = m_accounts.find(key); it != m_accounts.end()) {
        return &it.value();
    }
    auto account = AccountStore(m_database).accountByCode(code);
    if (!account) {
        if (account.refusal().kind != Refusal::Kind::NotFound) {
            return account.refusal();
        }
        return static_cast<TargetAccount*>(nullptr);
    }
    TargetAccount entry;
    entry.id = account.value().id;
    entry.code = account.value().code;
    entry.importAllowed = account.value().kind == AccountKind::Group
        ? Status(Refusal {
            Refusal::Kind::BadInput,
            tr("%1 is a group; users belong to master, standard or mail-processing accounts.").arg(entry.code)})
        : m_authorizer.check(m_actor, Action::ImportDirectory, entry.id);
    auto domains = AccountStore(m_database).domains(entry.id);
    if (!domains) {
        return domains.refusal();
    }
    for (const QString& domain : domains.value()) {
        entry.domains.insert(domain);
    }
    return &m_accounts.insert(key, entry).value();
}

Result<ImportPlanner::RoleChoice> ImportPlanner::roleIn(TargetAccount& account, const QString& name)
{
    const QString key = name.toLower();
    if (auto it = account.roles.constFind(key); it != account.roles.cend()) {
        return it.value();
    }
    auto role = RoleStore(m_database).roleByName(account.id, name);
    if (!role) {
        return role.refusal();
    }
    RoleChoice choice {role.value().id, role.value().name,
                       m_authorizer.check(m_actor, Action::AddRoleMember, account.id, &role.value())};
    account.roles.insert(key, choice);
    return choice;
}

Result<ImportPlanner::LostRoles> ImportPlanner::lostRoles(qint64 userId)
{
    auto held = m_store.rolesOf(userId);
    if (!held) {
        return held.refusal();
    }
    LostRoles lost;
    for (const HeldRole& role : held.value()) {
        lost.names.append(QStringLiteral("%1 (%2)").arg(role.name, role.accountCode));
        if (!m_removalRefusals.contains(role.roleId)) {
            auto found = RoleStore(m_database).role(role.roleId);
            if (!found) {
                return found.refusal();
            }
            const Status allowed =
                m_authorizer.check(m_actor, Action::RemoveRoleMember, found.value().accountId, &found.value());
            m_removalRefusals.insert(role.roleId, allowed ? QString() : allowed.refusal().message);
        }
        if (lost.refusal.isEmpty()) {
            lost.refusal = m_removalRefusals.value(role.roleId);
        }
    }
    return lost;
}

std::optional<qint64> ImportPlanner::roleOfRow(const QString& roleName, TargetAccount& into, qint64 line)
{
    if (roleName.isEmpty()) {
        return 0;
    }
    const auto allowedRole = std::find_if(importableRoles().cbegin(), importableRoles().cend(), [&](const QString& r) {
        return r.compare(roleName, Qt::CaseInsensitive) == 0;
    });
    if (allowedRole == importableRoles().cend()) {
        addError(line,
                 tr("role \"%1\" cannot be given by import; use one of: %2.")
                     .arg(roleName, importableRoles().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    auto role = roleIn(into, *allowedRole);
    if (!role) {
        addError(line, role.refusal().message);
        return std::nullopt;
    }
    if (!role.value().allowed) {
        addError(line, role.value().allowed.refusal().message);
        return std::nullopt;
    }
    return role.value().id;
}

Status ImportPlanner::plan(const QStringList& fields, qint64 line)
{
    ++m_report.rows;
    if (fields.size() != m_header.fieldCount()) {
        addError(line, tr("%1 fields, but the header has %2.").arg(fields.size()).arg(m_header.fieldCount()));
        return {};
    }
    const QString email = m_header.field(fields, ImportHeader::Email);
    if (email.isEmpty()) {
        addError(line, tr("emailAddress is empty."));
        return {};
    }
    const QString displayName = m_header.field(fields, ImportHeader::DisplayName).simplified();
    const QString upn = m_header.field(fields, ImportHeader::Upn);
    if (const QString problem = UserFields::problem(email, displayName, upn); !problem.isEmpty()) {
        addError(line, problem);
        return {};
    }
    QString code = m_header.field(fields, ImportHeader::AccountCode);
    if (code.isEmpty()) {
        if (!m_defaultAccount || m_header.has(ImportHeader::AccountCode)) {
            addError(line, tr("remoteaccountcode is empty; every row names its account."));
            return {};
        }
        code = m_defaultAccount->code;
    }
    auto account = target(code);
    if (!account) {
        return account.refusal();
    }
    if (account.value() == nullptr) {
        addError(line, tr("unknown account code \"%1\".").arg(code));
        return {};
    }
    TargetAccount& into = *account.value();
    if (!into.importAllowed) {
        addError(line, into.importAllowed.refusal().message);
        return {};
    }
    if (!into.domains.contains(EmailAddress::domainOf(email).toLower())) {
        addError(line, tr("%1 is not in one of %2's internal domains.").arg(email, into.code));
        return {};
    }
    const QString migrationText = m_header.field(fields, ImportHeader::AllowMigration);
    const auto allowMigration = parseFlag(migrationText);
    if (!allowMigration) {
        addError(line, tr("allowAddressMigration must be true or false, not \"%1\".").arg(migrationText));
        return {};
    }
    const auto roleId = roleOfRow(m_header.field(fields, ImportHeader::Role), into, line);
    if (!roleId) {
        return {};
    }
    StagedImportRow row {email, line, displayName, upn, into.id, QStringLiteral("create"), 0, *roleId};
    auto classified = classify(row, into, *allowMigration);
    if (!classified || !classified.value()) {
        return classified ? Status() : Status(classified.refusal());
    }
    auto staged = stage(row);
    if (!staged || !staged.value()) {
        return staged ? Status() : Status(staged.refusal());
    }
    if (row.action == QLatin1String("create")) {
        ++m_report.created;
    } else if (row.action == QLatin1String("update")) {
        ++m_report.updated;
    } else if (row.action == QLatin1String("move")) {
        ++m_report.moved;
    } else {
        ++m_report.renamed;
    }
    if (row.roleId != 0) {
        ++m_report.roleAssignments;
    }
    return {};
}

Result<bool> ImportPlanner::classify(StagedImportRow& row, const TargetAccount& into, bool allowMigration)
{
    auto existing = m_store.userByEmail(row.email);
    if (!existing) {
        return existing.refusal();
    }
    if (existing.value()) {
        const ImportExistingUser& owner = *existing.value();
        row.userId = owner.id;
        if (owner.accountId == into.id) {
            row.action = QStringLiteral("update");
            return true;
        }
        if (!allowMigration) {
            addError(row.line,
                     tr("%1 already belongs to account %2; set allowAddressMigration to true to move it.")
                         .arg(row.email, owner.accountCode));
            return false;
        }
        row.action = QStringLiteral("move");
        auto lost = lostRoles(row.userId);
        if (!lost) {
            return lost.refusal();
        }
        if (!lost.value().refusal.isEmpty()) {
            addError(row.line, tr("moving %1 would remove its admin roles: %2").arg(row.email, lost.value().refusal));
            return false;
        }
        m_report.addressChanges.append(
            {row.line, row.email, row.email, owner.accountCode, into.code, lost.value().names});
        return true;
    }
    if (row.upn.isEmpty()) {
        return true;
    }
    auto sameUpn = m_store.userByUpn(into.id, row.upn);
    if (!sameUpn) {
        return sameUpn.refusal();
    }
    if (!sameUpn.value()) {
        return true;
    }
    // Same person (UPN), new primary SMTP address.
    row.userId = sameUpn.value()->id;
    row.action = QStringLiteral("rename");
    const QString oldEmail = sameUpn.value()->email;
    auto lost = lostRoles(row.userId);
    if (!lost) {
        return lost.refusal();
    }
    if (!lost.value().refusal.isEmpty()) {
        addError(
            row.line,
            tr("changing %1 to %2 would remove its admin roles: %3").arg(oldEmail, row.email, lost.value().refusal));
        return false;
    }
    m_report.addressChanges.append({row.line, oldEmail, row.email, into.code, into.code, lost.value().names});
    return true;
}

Result<bool> ImportPlanner::stage(const StagedImportRow& row)
{
    const bool changesAddress = row.action == QLatin1String("move") || row.action == QLatin1String("rename");
    if (row.userId != 0) {
        auto earlier = m_store.stagedLineOfUser(row.userId);
        if (!earlier) {
            return earlier.refusal();
        }
        if (earlier.value()) {
            addError(row.line, tr("changes the same user as line %1.").arg(*earlier.value()));
            if (changesAddress) {
                m_report.addressChanges.removeLast();
            }
            return false;
        }
    }
    auto staged = m_store.stage(row);
    if (!staged) {
        return staged.refusal();
    }
    if (staged.value()) {
        return true;
    }
    auto first = m_store.stagedLineOfEmail(row.email);
    addError(row.line,
             tr("%1 appears again; it is first on line %2.")
                 .arg(row.email)
                 .arg(first && first.value() ? *first.value() : 0));
    if (changesAddress) {
        m_report.addressChanges.removeLast();
    }
    return false;
}

} // namespace warden
