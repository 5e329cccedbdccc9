#include "AddUsersToRoleDialog.h"

#include "CoreServices.h"
#include "DirectorySearchModel.h"
#include "directory/PeoplePicker.h"
#include "ui_AddUsersToRoleDialog.h"

#include <QProgressDialog>
#include <QPushButton>

namespace warden {

AddUsersToRoleDialog::AddUsersToRoleDialog(CoreServices& core, Actor actor, Role role, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddUsersToRoleDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_role(std::move(role))
    , m_picker(new PeoplePicker(core, m_actor, PeoplePicker::Mode::Many, this))
{
    m_ui->setupUi(this);
    m_ui->pickerLayout->addWidget(m_picker);
    setWindowTitle(tr("Add User to Role — %1").arg(m_role.name));
    m_ui->headerLabel->setText(
        tr("Pick people from the internal directory to add to <b>%1</b>. Only addresses in the directory can be added; "
           "current members are shown greyed out.")
            .arg(m_role.name.toHtmlEscaped()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add &Selected Users"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addSelectedPushButton"));
    m_ui->errorLabel->hide();

    DirectorySearchModel* model = m_picker->model();
    connect(m_picker, &PeoplePicker::searched, this, &AddUsersToRoleDialog::showSearchResult);
    connect(model, &DirectorySearchModel::checkedCountChanged, this, &AddUsersToRoleDialog::updateSelection);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { updateSelection(searchModel()->checkedCount()); });
    connect(m_ui->selectAllCheckBox, &QCheckBox::clicked, this,
            [this](bool checked) { searchModel()->setAllLoadedChecked(checked); });
    // Space (the view's own) or a double-click ticks or unticks a row. Return never does: it
    // submits exactly the ticked set through the default button, or does nothing.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddUsersToRoleDialog::addSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_picker->setScope(m_role.accountId, m_role.id);
    updateSelection(0);
    m_picker->setFocus();
}

AddUsersToRoleDialog::~AddUsersToRoleDialog() = default;

DirectorySearchModel* AddUsersToRoleDialog::searchModel() const
{
    return m_picker->model();
}

void AddUsersToRoleDialog::showSearchResult()
{
    m_ui->selectAllCheckBox->setChecked(false);
    m_ui->errorLabel->setVisible(!searchModel()->lastError().isEmpty());
    m_ui->errorLabel->setText(searchModel()->lastError());
    updateSelection(searchModel()->checkedCount());
}

void AddUsersToRoleDialog::updateSelection(int count)
{
    const DirectorySearchModel* model = searchModel();
    m_ui->selectedCountLabel->setText(tr("%n user(s) selected", nullptr, count));
    m_ui->selectAllHintLabel->setText(
        model->canFetchMore({}) ? tr("(applies to the %n users shown; scroll to load more)", nullptr, model->rowCount())
                                : tr("(applies to the %n users shown)", nullptr, model->rowCount()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

void AddUsersToRoleDialog::addSelected()
{
    const QStringList emails = m_picker->checkedEmails();
    QProgressDialog progress(tr("Adding %n user(s) to %1…", nullptr, int(emails.size())).arg(m_role.name), tr("Cancel"),
                             0, int(emails.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto result = m_core.roles().addMembers(m_actor, m_role.id, emails, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!result) {
        m_ui->errorLabel->setText(result.refusal().message);
        m_ui->errorLabel->show();
        return;
    }
    m_change = result.value();
    accept();
}

} // namespace warden
