// The partner, external-admin, IP allow-list, domain-link and import commands of
// CliApplication (see CliApplication.cpp for parsing, sign-in and output).
#include "CliApplication.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace warden {

namespace {

QJsonObject externalAdminJson(const ExternalAdmin& admin)
{
    return QJsonObject {{QStringLiteral("email"), admin.email},
                        {QStringLiteral("role"), admin.roleName},
                        {QStringLiteral("partner"), admin.partnerName},
                        {QStringLiteral("addedBy"), admin.addedBy},
                        {QStringLiteral("addedAt"), admin.addedAt}};
}

QJsonObject importReportJson(const ImportReport& report)
{
    QJsonArray errors;
    for (const ImportRowError& error : report.errors) {
        errors.append(QJsonObject {{QStringLiteral("line"), error.line}, {QStringLiteral("message"), error.message}});
    }
    QJsonArray changes;
    for (const ImportAddressChange& change : report.addressChanges) {
        changes.append(QJsonObject {{QStringLiteral("line"), change.line},
                                    {QStringLiteral("from"), change.oldEmail},
                                    {QStringLiteral("to"), change.newEmail},
                                    {QStringLiteral("fromAccount"), change.fromAccount},
                                    {QStringLiteral("toAccount"), change.toAccount},
                                    {QStringLiteral("rolesLost"), QJsonArray::fromStringList(change.rolesLost)}});
    }
    return QJsonObject {{QStringLiteral("applied"), report.applied},
                        {QStringLiteral("rows"), report.rows},
                        {QStringLiteral("created"), report.created},
                        {QStringLiteral("updated"), report.updated},
                        {QStringLiteral("moved"), report.moved},
                        {QStringLiteral("renamed"), report.renamed},
                        {QStringLiteral("roleAssignments"), report.roleAssignments},
                        {QStringLiteral("errorCount"), report.errorCount},
                        {QStringLiteral("errors"), errors},
                        {QStringLiteral("addressChanges"), changes},
                        {QStringLiteral("notAppliedBecause"), report.notAppliedBecause}};
}

} // namespace

int CliApplication::cmdPartner()
{
    const QString sub = takePositional();
    if (sub == QLatin1String("list")) {
        auto partners = m_core->partners().partners();
        if (!partners) {
            return fail(partners.refusal());
        }
        QJsonArray json;
        QStringList lines;
        for (const Partner& partner : partners.value()) {
            json.append(QJsonObject {{QStringLiteral("name"), partner.name},
                                     {QStringLiteral("homeAccount"), partner.homeAccountCode}});
            lines.append(QStringLiteral("%1  (%2)").arg(partner.name, partner.homeAccountCode));
        }
        print(json, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    if (sub == QLatin1String("delegate") || sub == QLatin1String("revoke")) {
        auto account = accountOption();
        if (!account) {
            return fail(account.refusal());
        }
        auto partner = m_core->partners().partnerByName(takePositional());
        if (!partner) {
            return fail(partner.refusal());
        }
        const Status done = sub == QLatin1String("delegate")
            ? m_core->partners().delegate(*m_actor, account.value().id, partner.value().id)
            : m_core->partners().revokeDelegation(*m_actor, account.value().id, partner.value().id);
        if (!done) {
            return fail(done.refusal());
        }
        print(QJsonObject {{QStringLiteral("account"), account.value().code},
                           {QStringLiteral("partner"), partner.value().name},
                           {QStringLiteral("delegated"), sub == QLatin1String("delegate")}},
              sub == QLatin1String("delegate")
                  ? tr("%1 now delegates to %2.").arg(account.value().code, partner.value().name)
                  : tr("%1 no longer delegates to %2.").arg(account.value().code, partner.value().name));
        return Ok;
    }
    return usage(tr("partner needs list, delegate or revoke."));
}

int CliApplication::cmdExternalAdmin()
{
    const QString sub = takePositional();
    if (sub == QLatin1String("apply")) {
        const auto accounts = option(QStringLiteral("accounts"));
        const auto role = option(QStringLiteral("role"));
        const QString email = takePositional();
        if (!accounts || !role || email.isEmpty()) {
            return usage(tr("external-admin apply needs --accounts A,B,C --role ROLE EMAIL."));
        }
        QList<qint64> ids;
        QList<ExternalAdminOutcome> outcomes;
        for (const QString& code : accounts->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto account = m_core->accounts().find(*m_actor, code.trimmed());
            if (account) {
                ids.append(account.value().id);
            } else {
                outcomes.append(
                    {0, code.trimmed(), false, ExternalAdminOutcome::Change::Refused, account.refusal().message});
            }
        }
        auto applied = m_core->partners().applyToAccounts(*m_actor, ids, email, *role);
        if (!applied) {
            return fail(applied.refusal());
        }
        outcomes = applied.value() + outcomes;
        QJsonArray json;
        QStringList lines;
        bool allApplied = true;
        for (const ExternalAdminOutcome& outcome : outcomes) {
            allApplied = allApplied && outcome.applied;
            json.append(QJsonObject {{QStringLiteral("account"), outcome.accountCode},
                                     {QStringLiteral("applied"), outcome.applied},
                                     {QStringLiteral("change"), externalAdminChangeKey(outcome.change)},
                                     {QStringLiteral("message"), outcome.message}});
            lines.append(QStringLiteral("%1  %2  %3")
                             .arg(outcome.accountCode.leftJustified(14),
                                  externalAdminChangeKey(outcome.change).leftJustified(12), outcome.message));
        }
        print(json, lines.join(QLatin1Char('\n')));
        return allApplied ? Ok : Refused;
    }
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    const qint64 accountId = account.value().id;
    if (sub == QLatin1String("list")) {
        auto admins = m_core->partners().externalAdmins(*m_actor, accountId);
        if (!admins) {
            return fail(admins.refusal());
        }
        QJsonArray json;
        QStringList lines;
        for (const ExternalAdmin& admin : admins.value()) {
            json.append(externalAdminJson(admin));
            lines.append(QStringLiteral("%1  %2  %3  %4 %5")
                             .arg(admin.email.leftJustified(36), admin.roleName.leftJustified(26),
                                  admin.partnerName.leftJustified(20), admin.addedBy, admin.addedAt));
        }
        print(json, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    if (sub == QLatin1String("add") || sub == QLatin1String("change-role")) {
        const auto role = option(QStringLiteral("role"));
        const QString email = takePositional();
        if (!role || email.isEmpty()) {
            return usage(tr("external-admin %1 needs --account C --role ROLE EMAIL.").arg(sub));
        }
        auto admin = sub == QLatin1String("add")
            ? m_core->partners().addExternalAdmin(*m_actor, accountId, email, *role)
            : m_core->partners().changeRole(*m_actor, accountId, email, *role);
        if (!admin) {
            return fail(admin.refusal());
        }
        print(externalAdminJson(admin.value()),
              tr("%1 is an external administrator of %2 as %3.")
                  .arg(admin.value().email, account.value().code, admin.value().roleName));
        return Ok;
    }
    if (sub == QLatin1String("remove")) {
        const QString email = takePositional();
        if (auto removed = m_core->partners().removeExternalAdmin(*m_actor, accountId, email); !removed) {
            return fail(removed.refusal());
        }
        print(QJsonObject {{QStringLiteral("removed"), email}},
              tr("%1 is no longer an external administrator of %2.").arg(email, account.value().code));
        return Ok;
    }
    return usage(tr("external-admin needs list, add, change-role, remove or apply."));
}

int CliApplication::cmdIpAllowList()
{
    const QString sub = takePositional();
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    Result<IpRestrictions> restrictions = Refusal {};
    if (sub == QLatin1String("show")) {
        restrictions = m_core->accounts().ipRestrictions(*m_actor, account.value().id);
    } else if (sub == QLatin1String("set")) {
        const bool exempt = flag(QStringLiteral("partner-exempt"));
        QStringList ranges;
        for (QString range = takePositional(); !range.isEmpty(); range = takePositional()) {
            ranges.append(range);
        }
        restrictions = m_core->accounts().setIpRestrictions(*m_actor, account.value().id, ranges, exempt);
    } else {
        return usage(tr("ip needs show or set."));
    }
    if (!restrictions) {
        return fail(restrictions.refusal());
    }
    const IpRestrictions& r = restrictions.value();
    print(QJsonObject {{QStringLiteral("account"), account.value().code},
                       {QStringLiteral("ranges"), QJsonArray::fromStringList(r.ranges)},
                       {QStringLiteral("partnerSignInExempt"), r.partnerSignInExempt}},
          tr("%1 allows: %2\nPartner sign-in exempt: %3")
              .arg(account.value().code,
                   r.ranges.isEmpty() ? tr("any address (no allow-list)") : r.ranges.join(QStringLiteral(", ")),
                   r.partnerSignInExempt ? tr("yes") : tr("no")));
    return Ok;
}

int CliApplication::cmdDomain()
{
    const QString sub = takePositional();
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    const QString domain = takePositional();
    Status done;
    if (sub == QLatin1String("add")) {
        done = m_core->accounts().addDomain(*m_actor, account.value().id, domain);
    } else if (sub == QLatin1String("link")) {
        done = m_core->accounts().linkDomain(*m_actor, domain, account.value().id);
    } else if (sub == QLatin1String("unlink")) {
        done = m_core->accounts().unlinkDomain(*m_actor, domain, account.value().id);
    } else {
        return usage(tr("domain needs add, link or unlink."));
    }
    if (!done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("account"), account.value().code}, {QStringLiteral("domain"), domain}},
          tr("Done: %1 %2 %3.").arg(sub, domain, account.value().code));
    return Ok;
}

int CliApplication::cmdImport()
{
    ImportOptions options;
    options.defaultAccountCode = option(QStringLiteral("account")).value_or(QString());
    options.dryRun = flag(QStringLiteral("dry-run"));
    options.confirmAddressChanges = flag(QStringLiteral("confirm-address-changes"));
    const QString path = takePositional();
    if (path.isEmpty()) {
        return usage(tr("import needs a CSV file (or - for standard input)."));
    }
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return fail(Refusal {Refusal::Kind::BadInput, tr("Cannot read %1: %2").arg(path, file.errorString())});
    }
    auto report = m_core->importer().importCsv(*m_actor, file, options);
    if (!report) {
        return fail(report.refusal());
    }
    const ImportReport& r = report.value();
    QStringList lines;
    lines.append(tr("%1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.")
                     .arg(r.rows)
                     .arg(r.created)
                     .arg(r.updated)
                     .arg(r.moved)
                     .arg(r.renamed)
                     .arg(r.roleAssignments));
    for (const ImportRowError& error : r.errors) {
        lines.append(tr("Line %1: %2").arg(error.line).arg(error.message));
    }
    if (r.errorCount > r.errors.size()) {
        lines.append(tr("… and %1 more rejected rows.").arg(r.errorCount - r.errors.size()));
    }
    for (const ImportAddressChange& change : r.addressChanges) {
        lines.append(
            tr("Line %1: %2 (%3) → %4 (%5) removes: %6")
                .arg(change.line)
                .arg(change.oldEmail, change.fromAccount, change.newEmail, change.toAccount,
                     change.rolesLost.isEmpty() ? tr("no roles") : change.rolesLost.join(QStringLiteral(", "))));
    }
    lines.append(r.applied ? tr("Imported.") : r.notAppliedBecause);
    print(importReportJson(r), lines.join(QLatin1Char('\n')));
    if (r.applied || (options.dryRun && r.errorCount == 0)) {
        return Ok;
    }
    return r.errorCount > 0 ? BadInput : Refused;
}

namespace {

std::optional<bool> passFail(const std::optional<QString>& value)
{
    if (value == QLatin1String("pass")) {
        return true;
    }
    if (value == QLatin1String("fail")) {
        return false;
    }
    return std::nullopt;
}

} // namespace

int CliApplication::cmdHealth()
{
    const QString sub = takePositional();
    if (sub == QLatin1String("record-test") || sub == QLatin1String("record-review")) {
        auto account = accountOption();
        if (!account) {
            return fail(account.refusal());
        }
        const QString notes = option(QStringLiteral("notes")).value_or(QString());
        Status recorded;
        if (sub == QLatin1String("record-review")) {
            recorded = m_core->health().recordAccessReview(*m_actor, account.value().id, notes);
        } else {
            BackupAccessTest test;
            test.adminEmail = option(QStringLiteral("admin")).value_or(QString());
            const auto login = passFail(option(QStringLiteral("login")));
            const auto mfa = passFail(option(QStringLiteral("mfa")));
            const auto permissions = passFail(option(QStringLiteral("permissions")));
            if (test.adminEmail.isEmpty() || !login || !mfa || !permissions) {
                return usage(tr("health record-test needs --account C --admin EMAIL --login pass|fail --mfa pass|fail "
                                "--permissions pass|fail [--notes TEXT]."));
            }
            test.loginOk = *login;
            test.mfaOk = *mfa;
            test.permissionsOk = *permissions;
            test.notes = notes;
            recorded = m_core->health().recordAccessTest(*m_actor, account.value().id, test);
        }
        if (!recorded) {
            return fail(recorded.refusal());
        }
        print(QJsonObject {{QStringLiteral("account"), account.value().code}, {QStringLiteral("recorded"), sub}},
              tr("Recorded for %1.").arg(account.value().code));
        return Ok;
    }
    if (!sub.isEmpty() && sub != QLatin1String("report")) {
        return usage(tr("health needs report (the default), record-test or record-review."));
    }
    QList<Account> accounts;
    if (const auto code = option(QStringLiteral("account"))) {
        auto account = m_core->accounts().find(*m_actor, *code);
        if (!account) {
            return fail(account.refusal());
        }
        accounts.append(account.value());
    } else if (auto visible = m_core->accounts().visibleAccounts(*m_actor)) {
        for (const Account& account : visible.value()) {
            if (m_core->health().canRead(*m_actor, account.id)) {
                accounts.append(account);
            }
        }
    }
    if (accounts.isEmpty()) {
        return fail(Refusal {Refusal::Kind::Denied, tr("You may not see the administrators' health of any account.")});
    }
    QJsonArray json;
    QStringList lines;
    bool failing = false;
    for (const Account& account : accounts) {
        auto report = m_core->health().report(*m_actor, account.id);
        if (!report) {
            return fail(report.refusal());
        }
        const AccountHealth& health = report.value();
        failing = failing || health.overall() == HealthState::Fail;
        QJsonArray checks;
        lines.append(QStringLiteral("%1 (%2): %3")
                         .arg(health.accountName, health.accountCode, healthStateKey(health.overall())));
        for (const HealthCheck& check : health.checks) {
            checks.append(QJsonObject {{QStringLiteral("rule"), check.key},
                                       {QStringLiteral("title"), check.title},
                                       {QStringLiteral("state"), healthStateKey(check.state)},
                                       {QStringLiteral("detail"), check.detail},
                                       {QStringLiteral("fix"), check.fix}});
            lines.append(QStringLiteral("  [%1] %2 — %3%4")
                             .arg(healthStateKey(check.state), check.title, check.detail,
                                  check.fix.isEmpty() ? QString() : QStringLiteral("\n         ") + check.fix));
        }
        lines.append(tr("  Failed sign-ins in the last 24 hours: %1").arg(health.failedSignIns));
        json.append(QJsonObject {{QStringLiteral("account"), health.accountCode},
                                 {QStringLiteral("state"), healthStateKey(health.overall())},
                                 {QStringLiteral("checks"), checks},
                                 {QStringLiteral("failedSignIns24h"), health.failedSignIns}});
    }
    print(json, lines.join(QLatin1Char('\n')));
    return failing ? Unhealthy : Ok;
}

} // namespace warden
