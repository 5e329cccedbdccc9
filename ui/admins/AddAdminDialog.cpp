#include "AddAdminDialog.h"

#include "CoreServices.h"
#include "MessageBoxes.h"
#include "ui_AddAdminDialog.h"

#include <QPushButton>

namespace warden {

namespace {
constexpr int kUserIdRole = Qt::UserRole + 1;
constexpr int kEmailRole = Qt::UserRole + 2;
constexpr int kSearchLimit = 50;
} // namespace

AddAdminDialog::AddAdminDialog(CoreServices& core, Actor actor, qint64 accountId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddAdminDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_accountId(accountId)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add Admin"));
    if (auto roles = core.roles().roles(m_actor, accountId)) {
        for (const Role& role : roles.value()) {
            m_ui->roleComboBox->addItem(
                role.isProtected() ? tr("%1 (protected: change request)").arg(role.name) : role.name, role.id);
        }
    }
    m_ui->roleComboBox->setCurrentIndex(-1);
    m_ui->methodComboBox->addItem(authMethodDisplayName(AuthMethod::LocalPassword), int(AuthMethod::LocalPassword));
    m_ui->methodComboBox->addItem(authMethodDisplayName(AuthMethod::Sso), int(AuthMethod::Sso));
    const auto describeMethod = [this] {
        m_ui->methodHintLabel->setText(
            m_ui->methodComboBox->currentData().toInt() == int(AuthMethod::LocalPassword)
                ? tr("You get a temporary password to pass on; at first sign-in they set their own and scan a QR "
                     "code into an authenticator app.")
                : tr("They sign in through your organisation's identity provider, which also asks for their second "
                     "factor."));
    };
    connect(m_ui->methodComboBox, &QComboBox::currentIndexChanged, this, describeMethod);
    describeMethod();
    // Read once: who is already an administrator does not change while the dialog is open.
    if (auto current = core.admins().administrators(m_actor, accountId)) {
        for (const AdministratorSummary& admin : current.value()) {
            m_existingAdmins.insert(admin.email.toLower());
        }
    }
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &AddAdminDialog::search);
    connect(m_ui->resultsListWidget, &QListWidget::currentRowChanged, this, &AddAdminDialog::updateButtons);
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &AddAdminDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddAdminDialog::add);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search({});
}

AddAdminDialog::~AddAdminDialog() = default;

void AddAdminDialog::search(const QString& text)
{
    m_ui->resultsListWidget->clear();
    auto page = m_core.directory().search(m_actor, m_accountId, text, 0, kSearchLimit);
    if (!page) {
        m_ui->errorLabel->setText(page.refusal().message);
        m_ui->errorLabel->show();
        return;
    }
    for (const User& user : page.value().users) {
        const bool already = m_existingAdmins.contains(user.email.toLower());
        auto* item = new QListWidgetItem(
            already ? tr("%1 — %2 (already an administrator)").arg(user.email, user.displayName)
                    : (user.displayName.isEmpty() ? user.email : tr("%1 — %2").arg(user.email, user.displayName)),
            m_ui->resultsListWidget);
        item->setData(kUserIdRole, user.id);
        item->setData(kEmailRole, user.email);
        if (already || user.disabled) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    updateButtons();
}

void AddAdminDialog::updateButtons()
{
    const QListWidgetItem* item = m_ui->resultsListWidget->currentItem();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(item != nullptr && (item->flags() & Qt::ItemIsEnabled) != 0
                     && m_ui->roleComboBox->currentIndex() >= 0);
}

void AddAdminDialog::add()
{
    const QListWidgetItem* item = m_ui->resultsListWidget->currentItem();
    if (item == nullptr) {
        return;
    }
    const QString email = item->data(kEmailRole).toString();
    const qint64 roleId = m_ui->roleComboBox->currentData().toLongLong();
    const auto method = static_cast<AuthMethod>(m_ui->methodComboBox->currentData().toInt());
    auto issued = m_core.admins().addAdministrator(m_actor, m_accountId, email, roleId, method);
    if (issued) {
        m_issued = issued.value();
        accept();
        return;
    }
    if (issued.refusal().kind == Refusal::Kind::NeedsChangeRequest
        && MessageBoxes::question(this, tr("Change Request Needed"),
                                  tr("%1\n\nFile a change request for %2 now?").arg(issued.refusal().message, email))
            == QMessageBox::Yes) {
        ChangeRequestDraft draft;
        draft.accountId = m_accountId;
        draft.kind = ChangeRequestKind::AddMember;
        draft.roleId = roleId;
        draft.targetEmail = email;
        draft.authMethod = authMethodKey(method);
        m_changeRequest = draft;
        accept();
        return;
    }
    m_ui->errorLabel->setText(issued.refusal().message);
    m_ui->errorLabel->show();
}

} // namespace warden
