#include "NewChangeRequestDialog.h"

#include "CoreServices.h"
#include "directory/PeoplePicker.h"
#include "ui_NewChangeRequestDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace warden {

NewChangeRequestDialog::NewChangeRequestDialog(CoreServices& core, Actor actor, qint64 accountId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewChangeRequestDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_accountId(accountId)
    , m_userPicker(new PeoplePicker(core, m_actor, PeoplePicker::Mode::One, this))
{
    m_ui->setupUi(this);
    m_ui->userPickerContainerLayout->addWidget(m_userPicker);
    m_userPicker->searchLineEdit()->setObjectName(QStringLiteral("userLineEdit"));
    m_userPicker->resultsView()->setObjectName(QStringLiteral("userResultsTableView"));
    m_userPicker->searchLineEdit()->setAccessibleName(tr("User"));
    m_ui->userLabel->setBuddy(m_userPicker->searchLineEdit());
    m_userPicker->setScope(accountId);
    m_userPicker->placeInTabOrder(m_ui->roleComboBox, m_ui->methodComboBox);
    connect(m_userPicker, &PeoplePicker::chosenActivated, this, &NewChangeRequestDialog::file);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&File Request"));
    for (const ChangeRequestKind kind :
         {ChangeRequestKind::AddMember, ChangeRequestKind::RemoveMember, ChangeRequestKind::ResetPassword,
          ChangeRequestKind::ContentViewOn, ChangeRequestKind::ContentViewOff}) {
        m_ui->kindComboBox->addItem(changeRequestKindDisplayName(kind), int(kind));
    }
    if (auto roles = core.roles().roles(m_actor, accountId)) {
        for (const Role& role : roles.value()) {
            if (role.isProtected()) {
                m_ui->roleComboBox->addItem(QIcon(QStringLiteral(":/icons/lock.svg")), role.name, role.id);
            }
        }
    }
    m_ui->methodComboBox->addItem(authMethodDisplayName(AuthMethod::LocalPassword),
                                  authMethodKey(AuthMethod::LocalPassword));
    m_ui->methodComboBox->addItem(authMethodDisplayName(AuthMethod::Sso), authMethodKey(AuthMethod::Sso));
    if (auto allowed = core.changeRequests().canRequest(m_actor, accountId); !allowed) {
        m_ui->errorLabel->setText(allowed.refusal().message);
        m_ui->errorLabel->show();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &NewChangeRequestDialog::updateFields);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewChangeRequestDialog::file);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

NewChangeRequestDialog::~NewChangeRequestDialog() = default;

void NewChangeRequestDialog::prefill(const ChangeRequestDraft& draft)
{
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(draft.kind)));
    if (draft.roleId != 0) {
        m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(draft.roleId));
    }
    if (!draft.targetEmail.isEmpty()) {
        m_userPicker->setSearchText(draft.targetEmail);
    }
    if (const int method = m_ui->methodComboBox->findData(draft.authMethod); method >= 0) {
        m_ui->methodComboBox->setCurrentIndex(method);
    }
    m_ui->justificationTextEdit->setPlainText(draft.justification);
    m_ui->justificationTextEdit->setFocus();
}

void NewChangeRequestDialog::updateFields()
{
    const auto kind = static_cast<ChangeRequestKind>(m_ui->kindComboBox->currentData().toInt());
    const bool member = kind == ChangeRequestKind::AddMember || kind == ChangeRequestKind::RemoveMember;
    const bool user = member || kind == ChangeRequestKind::ResetPassword;
    m_ui->roleLabel->setVisible(member);
    m_ui->roleComboBox->setVisible(member);
    m_ui->userLabel->setVisible(user);
    m_ui->userPickerContainer->setVisible(user);
    m_ui->methodLabel->setVisible(kind == ChangeRequestKind::AddMember);
    m_ui->methodComboBox->setVisible(kind == ChangeRequestKind::AddMember);
}

void NewChangeRequestDialog::file()
{
    ChangeRequestDraft draft;
    draft.accountId = m_accountId;
    draft.kind = static_cast<ChangeRequestKind>(m_ui->kindComboBox->currentData().toInt());
    draft.roleId = m_ui->roleComboBox->isVisibleTo(this) ? m_ui->roleComboBox->currentData().toLongLong() : 0;
    m_userPicker->runPendingSearch();
    draft.targetEmail = m_ui->userPickerContainer->isVisibleTo(this) ? m_userPicker->chosenEmail() : QString();
    draft.authMethod = m_ui->methodComboBox->currentData().toString();
    draft.justification = m_ui->justificationTextEdit->toPlainText();
    auto filed = m_core.changeRequests().create(m_actor, draft);
    if (!filed) {
        m_ui->errorLabel->setText(filed.refusal().message);
        m_ui->errorLabel->show();
        return;
    }
    m_filed = filed.value();
    accept();
}

} // namespace warden
