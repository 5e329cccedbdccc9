// The account, user, role and audit commands of CliApplication (see CliApplication.cpp for
// parsing, sign-in and output).
#include "CliApplication.h"
#include "domain/BuiltInRoles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warden {

namespace {

QJsonObject userJson(const User& user)
{
    return QJsonObject {{QStringLiteral("email"), user.email},
                        {QStringLiteral("displayName"), user.displayName},
                        {QStringLiteral("upn"), user.upn},
                        {QStringLiteral("source"), user.source},
                        {QStringLiteral("disabled"), user.disabled}};
}

QJsonObject roleSummaryJson(const Role& role)
{
    return QJsonObject {{QStringLiteral("name"), role.name},
                        {QStringLiteral("builtIn"), role.isBuiltIn()},
                        {QStringLiteral("protected"), role.isProtected()},
                        {QStringLiteral("members"), role.memberCount}};
}

QString matrixText(const PermissionSet& permissions)
{
    QStringList lines;
    lines.append(QStringLiteral("%1  R C E D T").arg(QString().leftJustified(44)));
    for (int i = 0; i < kAreaCount; ++i) {
        const auto area = static_cast<AppArea>(i);
        QString row = areaDisplayName(area).leftJustified(44) + QStringLiteral(" ");
        for (const Verb verb : kVerbOrder) {
            row += permissions.allows(area, verb) ? QStringLiteral(" x") : QStringLiteral(" .");
        }
        lines.append(row);
    }
    QStringList flags;
    for (const ProtectedPermission flag : kProtectedOrder) {
        if (permissions.hasProtected(flag)) {
            flags.append(protectedDisplayName(flag));
        }
    }
    lines.append(CliApplication::tr("Protected permissions: %1")
                     .arg(flags.isEmpty() ? CliApplication::tr("none") : flags.join(QStringLiteral(", "))));
    lines.append(
        CliApplication::tr("Role management: %1").arg(managementLevelDisplayName(permissions.managementLevel())));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Result<Account> CliApplication::accountOption()
{
    const auto code = option(QStringLiteral("account"));
    if (!code) {
        return Refusal {Refusal::Kind::BadInput, tr("Name the account with --account CODE.")};
    }
    return m_core->accounts().find(*m_actor, *code);
}

Result<Role> CliApplication::roleArgument(const Account& account)
{
    const QString name = takePositional();
    if (name.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("Name the role.")};
    }
    return m_core->roles().roleByName(*m_actor, account.id, name);
}

int CliApplication::cmdAccount()
{
    const QString sub = takePositional();
    if (sub == QLatin1String("list")) {
        auto accounts = m_core->accounts().visibleAccounts(*m_actor);
        if (!accounts) {
            return fail(accounts.refusal());
        }
        QJsonArray json;
        QStringList lines;
        for (const Account& a : accounts.value()) {
            json.append(QJsonObject {{QStringLiteral("code"), a.code},
                                     {QStringLiteral("name"), a.name},
                                     {QStringLiteral("kind"), accountKindKey(a.kind)}});
            lines.append(QStringLiteral("%1  %2  (%3)").arg(a.code.leftJustified(14), a.name, accountKindKey(a.kind)));
        }
        print(json, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    if (sub == QLatin1String("show")) {
        auto account = m_core->accounts().find(*m_actor, takePositional());
        if (!account) {
            return fail(account.refusal());
        }
        auto domains = m_core->accounts().domains(*m_actor, account.value().id);
        const QStringList names = domains ? domains.value() : QStringList();
        const Account& a = account.value();
        print(QJsonObject {{QStringLiteral("code"), a.code},
                           {QStringLiteral("name"), a.name},
                           {QStringLiteral("kind"), accountKindKey(a.kind)},
                           {QStringLiteral("domains"), QJsonArray::fromStringList(names)}},
              tr("%1 — %2 (%3)\nDomains: %4")
                  .arg(a.code, a.name, accountKindDisplayName(a.kind), names.join(QStringLiteral(", "))));
        return Ok;
    }
    if (sub == QLatin1String("create")) {
        const auto code = option(QStringLiteral("code"));
        const auto name = option(QStringLiteral("name"));
        const auto kind = accountKindFromKey(option(QStringLiteral("kind")).value_or(QString()));
        const QString parent = option(QStringLiteral("parent")).value_or(QString());
        if (!code || !name || !kind) {
            return usage(tr("account create needs --code, --name and --kind (group or mail_processing)."));
        }
        auto created = m_core->accounts().create(*m_actor, *code, *name, *kind, parent);
        if (!created) {
            return fail(created.refusal());
        }
        print(QJsonObject {{QStringLiteral("code"), created.value().code}},
              tr("Created account %1.").arg(created.value().code));
        return Ok;
    }
    return usage(tr("account takes list, show or create."));
}

int CliApplication::cmdUser()
{
    const QString sub = takePositional();
    if (sub == QLatin1String("list")) {
        auto account = accountOption();
        if (!account) {
            return fail(account.refusal());
        }
        const QString search = option(QStringLiteral("search")).value_or(QString());
        const int limit = option(QStringLiteral("limit")).value_or(QStringLiteral("50")).toInt();
        auto page = m_core->directory().search(*m_actor, account.value().id, search, 0, std::clamp(limit, 1, 10000));
        if (!page) {
            return fail(page.refusal());
        }
        QJsonArray json;
        QStringList lines;
        for (const User& u : page.value().users) {
            json.append(userJson(u));
            lines.append(
                QStringLiteral("%1  %2%3")
                    .arg(u.email.leftJustified(36), u.displayName, u.disabled ? tr(" (disabled)") : QString()));
        }
        print(json, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    if (sub == QLatin1String("show")) {
        const QString email = takePositional();
        auto user = m_core->directory().find(*m_actor, email);
        if (!user) {
            return fail(user.refusal());
        }
        auto roles = m_core->roles().rolesOfUser(*m_actor, email);
        QStringList names;
        for (const Role& r : roles ? roles.value() : QList<Role>()) {
            names.append(r.name);
        }
        QJsonObject json = userJson(user.value());
        json.insert(QStringLiteral("roles"), QJsonArray::fromStringList(names));
        print(json,
              tr("%1 — %2\nRoles: %3")
                  .arg(user.value().email, user.value().displayName,
                       names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
        return Ok;
    }
    if (sub == QLatin1String("add")) {
        auto account = accountOption();
        if (!account) {
            return fail(account.refusal());
        }
        User user;
        user.email = option(QStringLiteral("email")).value_or(QString());
        user.displayName = option(QStringLiteral("name")).value_or(QString());
        user.upn = option(QStringLiteral("upn")).value_or(QString());
        auto added = m_core->directory().addUser(*m_actor, account.value().id, user);
        if (!added) {
            return fail(added.refusal());
        }
        print(userJson(added.value()), tr("Added %1.").arg(added.value().email));
        return Ok;
    }
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
        const QString email = takePositional();
        if (auto done = m_core->directory().setDisabled(*m_actor, email, sub == QLatin1String("disable")); !done) {
            return fail(done.refusal());
        }
        print(QJsonObject {{QStringLiteral("email"), email},
                           {QStringLiteral("disabled"), sub == QLatin1String("disable")}},
              sub == QLatin1String("disable") ? tr("Disabled %1.").arg(email) : tr("Enabled %1.").arg(email));
        return Ok;
    }
    if (sub == QLatin1String("set-address")) {
        const bool confirm = flag(QStringLiteral("confirm"));
        const QString email = takePositional();
        const QString newEmail = takePositional();
        auto removed = m_core->directory().changePrimaryAddress(*m_actor, email, newEmail, confirm);
        if (!removed) {
            return fail(removed.refusal());
        }
        print(QJsonObject {{QStringLiteral("from"), email},
                           {QStringLiteral("to"), newEmail},
                           {QStringLiteral("rolesRemoved"), QJsonArray::fromStringList(removed.value())}},
              removed.value().isEmpty() ? tr("%1 is now %2.").arg(email, newEmail)
                                        : tr("%1 is now %2; removed roles: %3.")
                                              .arg(email, newEmail, removed.value().join(QStringLiteral(", "))));
        return Ok;
    }
    if (sub == QLatin1String("set-upn")) {
        const QString email = takePositional();
        const QString upn = takePositional();
        if (auto done = m_core->directory().setUpn(*m_actor, email, upn); !done) {
            return fail(done.refusal());
        }
        print(QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("upn"), upn}},
              tr("The UPN of %1 is now %2.").arg(email, upn));
        return Ok;
    }
    return usage(tr("user takes list, show, add, disable, enable, set-address or set-upn."));
}

int CliApplication::cmdRole()
{
    const QString sub = takePositional();
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    RoleService& roles = m_core->roles();
    if (sub == QLatin1String("list")) {
        auto list = roles.roles(*m_actor, account.value().id);
        if (!list) {
            return fail(list.refusal());
        }
        QJsonArray json;
        QStringList lines;
        for (const Role& r : list.value()) {
            json.append(roleSummaryJson(r));
            lines.append(QStringLiteral("%1 %2 %3")
                             .arg(r.isProtected() ? QStringLiteral("[protected]") : QStringLiteral("           "),
                                  r.name.leftJustified(40), tr("%n member(s)", nullptr, r.memberCount)));
        }
        print(json, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    if (sub == QLatin1String("create")) {
        const QString name = takePositional();
        const QString description = option(QStringLiteral("description")).value_or(QString());
        PermissionSet permissions;
        if (const auto text = option(QStringLiteral("permissions"))) {
            QJsonParseError parseError {};
            const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
            QString problem = parseError.error != QJsonParseError::NoError ? parseError.errorString() : QString();
            std::optional<PermissionSet> parsed;
            if (problem.isEmpty()) {
                parsed = PermissionSet::fromJson(doc.object(), &problem);
            }
            if (!parsed) {
                return fail(Refusal {Refusal::Kind::BadInput, tr("--permissions: %1").arg(problem)});
            }
            permissions = *parsed;
        }
        auto created = roles.createRole(*m_actor, account.value().id, name, description, permissions);
        if (!created) {
            return fail(created.refusal());
        }
        print(roleSummaryJson(created.value()), tr("Created role \"%1\".").arg(created.value().name));
        return Ok;
    }
    auto role = roleArgument(account.value());
    if (!role) {
        return fail(role.refusal());
    }
    if (sub == QLatin1String("show")) {
        QJsonObject json = roleSummaryJson(role.value());
        json.insert(QStringLiteral("description"), role.value().description);
        json.insert(QStringLiteral("permissions"), role.value().permissions.toJson());
        print(json,
              QStringLiteral("%1%2\n%3\n\n%4")
                  .arg(role.value().name, role.value().isProtected() ? tr(" (protected)") : QString(),
                       role.value().description, matrixText(role.value().permissions)));
        return Ok;
    }
    if (sub == QLatin1String("members")) {
        QJsonArray json;
        QStringList lines;
        QString after;
        for (;;) {
            auto page = roles.members(*m_actor, role.value().id, after, 500);
            if (!page) {
                return fail(page.refusal());
            }
            for (const User& u : page.value().members) {
                json.append(userJson(u));
                lines.append(QStringLiteral("%1  %2").arg(u.email.leftJustified(36), u.displayName));
            }
            if (!page.value().hasMore) {
                break;
            }
            after = page.value().nextAfterEmail;
        }
        print(json, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    if (sub == QLatin1String("add-member")) {
        QStringList emails;
        for (QString email = takePositional(); !email.isEmpty(); email = takePositional()) {
            emails.append(email);
        }
        auto change = roles.addMembers(*m_actor, role.value().id, emails);
        if (!change) {
            return fail(change.refusal());
        }
        print(
            QJsonObject {{QStringLiteral("added"), QJsonArray::fromStringList(change.value().added)},
                         {QStringLiteral("alreadyMembers"), QJsonArray::fromStringList(change.value().alreadyMembers)}},
            tr("Added %n user(s) to \"%1\".", nullptr, int(change.value().added.size())).arg(role.value().name)
                + (change.value().alreadyMembers.isEmpty()
                       ? QString()
                       : tr(" Already members: %1.").arg(change.value().alreadyMembers.join(QStringLiteral(", ")))));
        return Ok;
    }
    if (sub == QLatin1String("remove-member")) {
        const QString email = takePositional();
        if (auto done = roles.removeMember(*m_actor, role.value().id, email); !done) {
            return fail(done.refusal());
        }
        print(QJsonObject {{QStringLiteral("removed"), email}, {QStringLiteral("role"), role.value().name}},
              tr("Removed %1 from \"%2\".").arg(email, role.value().name));
        return Ok;
    }
    if (sub == QLatin1String("copy")) {
        auto copy = roles.copyRole(*m_actor, role.value().id, takePositional());
        if (!copy) {
            return fail(copy.refusal());
        }
        print(roleSummaryJson(copy.value()), tr("Copied \"%1\" to \"%2\".").arg(role.value().name, copy.value().name));
        return Ok;
    }
    if (sub == QLatin1String("delete")) {
        if (auto done = roles.deleteRole(*m_actor, role.value().id, flag(QStringLiteral("remove-members"))); !done) {
            return fail(done.refusal());
        }
        print(QJsonObject {{QStringLiteral("deleted"), role.value().name}},
              tr("Deleted role \"%1\".").arg(role.value().name));
        return Ok;
    }
    return usage(tr("role takes list, show, members, add-member, remove-member, create, copy or delete."));
}

int CliApplication::cmdAudit()
{
    const QString sub = takePositional();
    auto visible = m_core->accounts().visibleAccounts(*m_actor);
    if (!visible) {
        return fail(visible.refusal());
    }
    // The audit log spans accounts; reading it needs Audit Logs access in at least one.
    bool allowed = false;
    Refusal refusal {Refusal::Kind::Denied, tr("You hold no administrator role.")};
    for (const Account& a : visible.value()) {
        auto check = m_core->authorizer().check(*m_actor, Action::ViewAuditLog, a.id);
        allowed = allowed || check.ok();
        if (!check) {
            refusal = check.refusal();
        }
    }
    if (!allowed) {
        return fail(refusal);
    }
    AuditFilter filter;
    filter.actor = option(QStringLiteral("actor")).value_or(QString());
    filter.action = option(QStringLiteral("action")).value_or(QString());
    filter.target = option(QStringLiteral("target")).value_or(QString());
    filter.limit = option(QStringLiteral("limit")).value_or(QStringLiteral("0")).toInt();
    if (sub == QLatin1String("list")) {
        auto entries = m_core->audit().list(*m_actor, filter);
        if (!entries) {
            return fail(entries.refusal());
        }
        QJsonArray json;
        QStringList lines;
        for (const AuditEntry& e : entries.value()) {
            json.append(QJsonObject {{QStringLiteral("seq"), e.seq},
                                     {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("actor"), e.actor},
                                     {QStringLiteral("account"), e.accountCode},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("target"), e.target},
                                     {QStringLiteral("before"), e.before},
                                     {QStringLiteral("after"), e.after}});
            lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6")
                             .arg(QString::number(e.seq).rightJustified(6), e.at.toString(Qt::ISODate), e.actor,
                                  e.accountCode, e.action, e.target));
        }
        print(json, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    if (sub == QLatin1String("verify")) {
        auto report = m_core->audit().verify();
        if (!report) {
            return fail(report.refusal());
        }
        const AuditVerification& r = report.value();
        print(QJsonObject {{QStringLiteral("intact"), r.intact},
                           {QStringLiteral("entriesChecked"), r.entriesChecked},
                           {QStringLiteral("firstBrokenSeq"), r.firstBrokenSeq},
                           {QStringLiteral("problem"), r.problem}},
              r.intact ? tr("The audit log is intact (%n entries checked).", nullptr, int(r.entriesChecked))
                       : tr("The audit log was tampered with at entry %1: %2").arg(r.firstBrokenSeq).arg(r.problem));
        return r.intact ? Ok : StorageError;
    }
    if (sub == QLatin1String("export")) {
        const QString path = option(QStringLiteral("output")).value_or(QString());
        QFile file;
        m_out.flush();
        if (path.isEmpty()) {
            if (!file.open(stdout, QIODevice::WriteOnly)) {
                return fail(Refusal {Refusal::Kind::Storage, tr("Cannot write to standard output.")});
            }
        } else {
            file.setFileName(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                return fail(Refusal {Refusal::Kind::BadInput, tr("Cannot write %1: %2").arg(path, file.errorString())});
            }
        }
        if (auto done = m_core->audit().exportCsv(*m_actor, filter, file); !done) {
            return fail(done.refusal());
        }
        return Ok;
    }
    return usage(tr("audit takes list, verify or export."));
}

} // namespace warden
