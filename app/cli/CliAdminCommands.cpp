// The admin, request and contact commands of CliApplication (Admin Management, protected-role
// change requests, break-glass credentials); see CliApplication.cpp for parsing and sign-in.
#include "CliApplication.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

namespace {

QString secondFactorKey(SecondFactorState state)
{
    switch (state) {
    case SecondFactorState::IdentityProvider:
        return QStringLiteral("identity-provider");
    case SecondFactorState::Enrolled:
        return QStringLiteral("totp");
    case SecondFactorState::PendingEnrollment:
        return QStringLiteral("pending");
    case SecondFactorState::NotSetUp:
        return QStringLiteral("none");
    }
    return {};
}

QJsonObject requestJson(const ChangeRequest& request)
{
    return QJsonObject {{QStringLiteral("id"), request.id},
                        {QStringLiteral("kind"), changeRequestKindKey(request.kind)},
                        {QStringLiteral("role"), request.roleName},
                        {QStringLiteral("user"), request.targetEmail},
                        {QStringLiteral("justification"), request.justification},
                        {QStringLiteral("status"), changeRequestStatusKey(request.status)},
                        {QStringLiteral("requestedBy"), request.requestedBy},
                        {QStringLiteral("requestedAt"), request.requestedAt},
                        {QStringLiteral("decidedBy"), request.decidedBy},
                        {QStringLiteral("decisionNote"), request.decisionNote}};
}

} // namespace

Result<AuthMethod> CliApplication::methodOption()
{
    const QString key = option(QStringLiteral("method")).value_or(QStringLiteral("local_password"));
    if (auto method = authMethodFromKey(key)) {
        return *method;
    }
    return Refusal {Refusal::Kind::BadInput, tr("--method is sso or local_password, not \"%1\".").arg(key)};
}

Result<qint64> CliApplication::adminArgument(const Account& account)
{
    auto user = m_core->directory().find(*m_actor, takePositional());
    if (!user) {
        return user.refusal();
    }
    if (user.value().accountId != account.id) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is not in %2's directory.").arg(user.value().email, account.code)};
    }
    return user.value().id;
}

/// The password and a fresh one-time code of the signed-in administrator, to confirm a
/// sensitive step (the sign-in's own code is spent, so this asks for the next one).
std::pair<QString, QString> CliApplication::confirmation()
{
    QString password = qEnvironmentVariable("WARDEN_PASSWORD");
    if (password.isEmpty()) {
        password = prompt(tr("Confirm with your password: "), true);
    }
    const auto code = option(QStringLiteral("confirm-otp"));
    return {password, code ? *code : prompt(tr("And a new one-time code: "), false)};
}

int CliApplication::printIssued(const IssuedCredentials& issued, const QString& done)
{
    QString text = done;
    if (!issued.temporaryPassword.isEmpty()) {
        text += QLatin1Char('\n')
            + tr("Temporary password for %1 (shown once; they set their own and enroll an authenticator at first "
                 "sign-in): %2")
                  .arg(issued.email, issued.temporaryPassword);
    }
    print(QJsonObject {{QStringLiteral("email"), issued.email},
                       {QStringLiteral("temporaryPassword"), issued.temporaryPassword}},
          text);
    return Ok;
}

int CliApplication::cmdAdmin()
{
    const QString sub = takePositional();
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    const qint64 accountId = account.value().id;
    AdminService& admins = m_core->admins();
    if (sub == QLatin1String("list")) {
        auto list = admins.administrators(*m_actor, accountId);
        if (!list) {
            return fail(list.refusal());
        }
        QJsonArray json;
        QStringList lines;
        for (const AdministratorSummary& admin : list.value()) {
            json.append(QJsonObject {{QStringLiteral("email"), admin.email},
                                     {QStringLiteral("roles"), QJsonArray::fromStringList(admin.roles)},
                                     {QStringLiteral("authMethod"), authMethodKey(admin.authMethod)},
                                     {QStringLiteral("secondFactor"), secondFactorKey(admin.secondFactor)},
                                     {QStringLiteral("lastSignIn"), admin.lastSignIn},
                                     {QStringLiteral("backup"), admin.isBackup}});
            lines.append(QStringLiteral("%1  %2  %3/%4%5")
                             .arg(admin.email.leftJustified(36), admin.roles.join(QStringLiteral(", ")),
                                  authMethodKey(admin.authMethod), secondFactorKey(admin.secondFactor),
                                  admin.isBackup ? QStringLiteral("  backup") : QString()));
        }
        print(json, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    if (sub == QLatin1String("add")) {
        auto role = m_core->roles().roleByName(*m_actor, accountId, option(QStringLiteral("role")).value_or(QString()));
        auto method = methodOption();
        if (!role || !method) {
            return fail(!role ? role.refusal() : method.refusal());
        }
        auto issued = admins.addAdministrator(*m_actor, accountId, takePositional(), role.value().id, method.value());
        return issued ? printIssued(issued.value(), tr("Added.")) : fail(issued.refusal());
    }
    auto userId = adminArgument(account.value());
    if (!userId) {
        return fail(userId.refusal());
    }
    if (sub == QLatin1String("edit")) {
        QList<qint64> roleIds;
        for (const QString& name :
             option(QStringLiteral("roles")).value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto role = m_core->roles().roleByName(*m_actor, accountId, name.trimmed());
            if (!role) {
                return fail(role.refusal());
            }
            roleIds.append(role.value().id);
        }
        auto method = methodOption();
        if (!method) {
            return fail(method.refusal());
        }
        auto issued = admins.editAdministrator(*m_actor, accountId, userId.value(), roleIds, method.value());
        return issued ? printIssued(issued.value(), tr("Saved.")) : fail(issued.refusal());
    }
    if (sub == QLatin1String("reset-password")) {
        auto issued = admins.resetPassword(*m_actor, accountId, userId.value());
        return issued ? printIssued(issued.value(), tr("Password reset; the second factor is enrolled again."))
                      : fail(issued.refusal());
    }
    if (sub == QLatin1String("delete")) {
        const Status done = admins.deleteAdministrator(*m_actor, accountId, userId.value());
        return done ? Ok : fail(done.refusal());
    }
    if (sub == QLatin1String("backup")) {
        const QString state = takePositional();
        if (state != QLatin1String("on") && state != QLatin1String("off")) {
            return usage(tr("admin backup EMAIL on|off"));
        }
        const Status done = admins.setBackup(*m_actor, accountId, userId.value(), state == QLatin1String("on"));
        return done ? Ok : fail(done.refusal());
    }
    if (sub == QLatin1String("rotate")) {
        const Status done = admins.rotateBackupCredential(*m_actor, accountId, userId.value());
        return done ? Ok : fail(done.refusal());
    }
    if (sub == QLatin1String("reveal")) {
        auto [password, code] = confirmation();
        auto revealed = admins.revealBackupCredential(*m_actor, accountId, userId.value(), password, code);
        password.fill(QLatin1Char('\0'));
        if (!revealed) {
            return fail(revealed.refusal());
        }
        print(QJsonObject {{QStringLiteral("credential"), revealed.value()}}, revealed.value());
        return Ok;
    }
    return usage(tr("Unknown admin command \"%1\".").arg(sub));
}

int CliApplication::cmdRequest()
{
    const QString sub = takePositional();
    ChangeRequestService& requests = m_core->changeRequests();
    if (sub == QLatin1String("list") || sub == QLatin1String("create")) {
        auto account = accountOption();
        if (!account) {
            return fail(account.refusal());
        }
        if (sub == QLatin1String("list")) {
            auto list = requests.requests(*m_actor, account.value().id);
            if (!list) {
                return fail(list.refusal());
            }
            QJsonArray json;
            QStringList lines;
            for (const ChangeRequest& request : list.value()) {
                json.append(requestJson(request));
                lines.append(QStringLiteral("#%1  %2  %3  %4 %5  by %6")
                                 .arg(request.id)
                                 .arg(changeRequestStatusKey(request.status).leftJustified(9),
                                      changeRequestKindKey(request.kind), request.roleName, request.targetEmail,
                                      request.requestedBy));
            }
            print(json, lines.join(QLatin1Char('\n')));
            return Ok;
        }
        ChangeRequestDraft draft;
        draft.accountId = account.value().id;
        const QString kind = option(QStringLiteral("kind")).value_or(QString());
        const auto parsed = changeRequestKindFromKey(kind);
        if (!parsed) {
            return usage(tr("--kind is add_member, remove_member, reset_password, content_view_on or "
                            "content_view_off."));
        }
        draft.kind = *parsed;
        if (const auto roleName = option(QStringLiteral("role"))) {
            auto role = m_core->roles().roleByName(*m_actor, draft.accountId, *roleName);
            if (!role) {
                return fail(role.refusal());
            }
            draft.roleId = role.value().id;
        }
        draft.targetEmail = option(QStringLiteral("user")).value_or(QString());
        draft.authMethod = option(QStringLiteral("method")).value_or(QStringLiteral("local_password"));
        draft.justification = option(QStringLiteral("justification")).value_or(QString());
        auto created = requests.create(*m_actor, draft);
        if (!created) {
            return fail(created.refusal());
        }
        print(requestJson(created.value()),
              tr("Filed request #%1; an account contact of Director level or higher must approve it within %n "
                 "day(s).",
                 nullptr, ChangeRequestService::kExpiryDays)
                  .arg(created.value().id));
        return Ok;
    }
    bool numeric = false;
    const qint64 id = takePositional().toLongLong(&numeric);
    if (!numeric) {
        return usage(tr("Name the request by its number."));
    }
    if (sub == QLatin1String("approve")) {
        auto [password, code] = confirmation();
        auto approved = requests.approve(*m_actor, id, password, code);
        password.fill(QLatin1Char('\0'));
        if (!approved) {
            return fail(approved.refusal());
        }
        return printIssued(approved.value().issued, tr("Approved and applied request #%1.").arg(id));
    }
    if (sub == QLatin1String("reject")) {
        const Status done = requests.reject(*m_actor, id, option(QStringLiteral("note")).value_or(QString()));
        return done ? Ok : fail(done.refusal());
    }
    if (sub == QLatin1String("cancel")) {
        const Status done = requests.cancel(*m_actor, id);
        return done ? Ok : fail(done.refusal());
    }
    return usage(tr("Unknown request command \"%1\".").arg(sub));
}

int CliApplication::cmdContact()
{
    const QString sub = takePositional();
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    AccountContactService& contactService = m_core->contacts();
    auto contacts = contactService.list(*m_actor, account.value().id);
    if (!contacts) {
        return fail(contacts.refusal());
    }
    if (sub == QLatin1String("list")) {
        QJsonArray json;
        QStringList lines;
        for (const AccountContact& contact : contacts.value()) {
            json.append(QJsonObject {{QStringLiteral("name"), contact.name},
                                     {QStringLiteral("title"), contact.title},
                                     {QStringLiteral("email"), contact.email},
                                     {QStringLiteral("directorOrHigher"), contact.directorOrHigher}});
            lines.append(QStringLiteral("%1  %2, %3%4")
                             .arg(contact.email.leftJustified(36), contact.name, contact.title,
                                  contact.directorOrHigher ? tr("  (approves)") : QString()));
        }
        print(json, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    const QString email =
        sub == QLatin1String("remove") ? takePositional() : option(QStringLiteral("email")).value_or(QString());
    AccountContact contact;
    contact.accountId = account.value().id;
    for (const AccountContact& existing : contacts.value()) {
        if (existing.email.compare(email, Qt::CaseInsensitive) == 0) {
            contact = existing;
        }
    }
    if (sub == QLatin1String("remove")) {
        if (contact.id == 0) {
            return fail(Refusal {Refusal::Kind::NotFound, tr("%1 is not a contact of this account.").arg(email)});
        }
        const Status done = contactService.remove(*m_actor, contact.accountId, contact.id);
        return done ? Ok : fail(done.refusal());
    }
    if (sub == QLatin1String("set")) {
        contact.email = email;
        contact.name = option(QStringLiteral("name")).value_or(contact.name);
        contact.title = option(QStringLiteral("title")).value_or(contact.title);
        contact.directorOrHigher = flag(QStringLiteral("director"));
        auto saved = contactService.save(*m_actor, contact);
        return saved ? Ok : fail(saved.refusal());
    }
    return usage(tr("Unknown contact command \"%1\".").arg(sub));
}

} // namespace warden
