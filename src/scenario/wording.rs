//! The default wording of the stock-option notice's items (8), (9) and (11): IIJ's
//! notice of June 26, 2013, word for word. A scenario that leaves an item empty prints
//! this text, so files stay small.
//!
//! Changing a text here changes the drafts of every file that relies on it: do it only
//! with a schema version bump whose migration writes the old text into those files.
//!
//! Format (see `report/notice`): one line per paragraph; a line starting "1)" is a list
//! item; a line starting with spaces continues the item above on a new line.

/// Item (8), conditions for acquisition of stock acquisition rights.
pub const ACQUISITION_CONDITIONS: &str = concat!(
    "In case that a resolution for the approval of any of the proposals 1) or 2) below is adopted at the General Meeting of Shareholders of the Company (or at a meeting of the Board of Directors of the Company if resolution at a General Meeting of Shareholders is not required), the Company may acquire the stock acquisition rights as at the date specifically determined by the Board of Directors of the Company without contribution.\n",
    "1) Proposal for approval of a merger agreement under which the Company shall be merged\n",
    "2) Proposal for approval of a share exchange agreement or share transfer plan under which the Company shall be a wholly-owned subsidiary",
);

/// Item (9), the rights granted on an organizational restructuring.
pub const RESTRUCTURING_TERMS: &str = concat!(
    "In the event the Company merges (limited to cases wherein the Company becomes a dissolving company), performs an absorption-type demerger or an incorporation-type demerger (only if the Company becomes the split company), or conducts a share exchange or a share transfer (only if the Company becomes a wholly-owned subsidiary) (hereinafter collectively referred to as “Organizational Restructuring”), stock acquisition rights of a corporation described in Article 236, Paragraph 1, Items 8.1 through 8.5 of the Corporation Law of Japan (hereinafter “Restructured Company”) shall be granted to each Stock Acquisition Right Holder remaining unexercised (hereinafter “Remaining Stock Acquisition Rights”) immediately before the date when Organizational Restructuring takes effect (refers to the date when absorption-type merger takes effect, the date on which the company incorporated through the incorporation-type merger, the date when absorption-type demerger takes effect, the date on which the company incorporated through the incorporation-type demerger, the date when share exchange takes effect, or the date when the wholly-owning parent company is established by share transfer). However, the foregoing shall apply only to cases in which the delivery of stock acquisition rights of the Restructured Company according to the following conditions is stipulated in the absorption-type merger agreement, the incorporation-type merger agreement, the absorption-type demerger agreement, the incorporation-type demerger plan, the share exchange agreement or the share transfer plan.\n",
    "1) Number of stock acquisition rights of the Restructured Company to be delivered\n",
    "   The Company shall deliver stock acquisition rights, the number of which shall equal the number of stock acquisition rights held by the holder of the Remaining Stock Acquisition Rights.\n",
    "2) Class of shares of the Restructured Company to be issued upon exercise of stock acquisition rights\n",
    "   Common stock of the Restructured Company\n",
    "3) Number of shares of the Restructured Company to be issued upon exercise of stock acquisition rights\n",
    "   To be decided according to (3) above after taking into consideration the conditions etc. of the Organizational Restructuring.\n",
    "4) Value of the assets to be contributed upon exercise of stock acquisition rights\n",
    "   The value of the assets to be contributed upon exercise of each stock acquisition rights shall be the amount obtained by multiplying the amount to be paid after restructuring as stipulated below, and the number of shares of the Reorganized Company to be issued upon exercise of the stock acquisition rights as determined in accordance with 3) above. The amount to be paid after restructuring shall be one (1) yen per share of the Restructured Company that can be granted due to the exercise of each stock acquisition right that is to be granted.\n",
    "5) Exercise period of stock acquisition rights\n",
    "   Starting from the later of either the commencement date of the exercise period of stock acquisition rights as stipulated in (5) above, or the date on which the Organizational Restructuring becomes effective and ending on the expiration date for the exercise of stock acquisition rights as stipulated in (5) above.\n",
    "6) Matters concerning increase in capital stock and capital reserve to be increased by the issuance of shares upon exercise of stock acquisition rights\n",
    "   To be determined in accordance with (6) above.\n",
    "7) Restriction on acquisition of stock acquisition rights by transfer\n",
    "   Any acquisition of stock acquisition rights by transfer shall be subject to the approval by resolution of the Board of Directors of the Restructured Company.\n",
    "8) Conditions for acquisition of stock acquisition rights\n",
    "   To be determined in accordance with (8) above.\n",
    "9) Other terms and conditions of exercising stock acquisition rights\n",
    "   To be determined in accordance with (11) below.",
);

/// Item (11), other terms and conditions of exercising the rights.
pub const EXERCISE_CONDITIONS: &str = concat!(
    "1) Partial execution of each stock acquisition rights is not allowed.\n",
    "2) A person granted the stock acquisition rights may exercise its rights only within ten (10) days from the day following the day the person loses his or her position as a Director or Executive Officer of the Company, except for losing his or her position by passing away. However, this does not apply if his or her legal heir who inherit the stock acquisition rights as described in the following paragraph 3) exercise the rights.\n",
    "3) If a person granted the stock acquisition rights passes away, only one of his or her legal heir is permitted to inherit the granted stock acquisition rights (hereinafter referred as “Grantee”), The Grantee can exercise only within six (6) months after inheriting the new shares acquisition rights. If the Grantee passes away, the stock acquisition rights cannot be passed on to the legal heir of the Grantee.\n",
    "4) The Share Purchase Warrants shall not be transferred to third-party, offered for pledge or disposed of in any other way.\n",
    "5) Matters concerning other conditions for the exercise of stock acquisition rights, other than the items prescribed above, shall be determined at the meeting of the Board of Directors when the terms and conditions of offering of stock acquisition rights are determined.",
);

// The same items in Japanese, for the Japanese draft when the scenario leaves an item
// empty. The Japanese filing is the original and the English release its translation;
// these texts follow the English wording above item by item in the register of Japanese
// filings, so check them against the company's own Japanese template before filing.

/// Item (8) in Japanese: 新株予約権の取得条項.
pub const ACQUISITION_CONDITIONS_JA: &str = concat!(
    "以下の1)又は2)の議案につき当社株主総会で承認された場合（株主総会決議が不要な場合は、当社取締役会決議がなされた場合）は、当社取締役会が別途定める日に、当社は無償で新株予約権を取得することができる。\n",
    "1) 当社が消滅会社となる合併契約承認の議案\n",
    "2) 当社が完全子会社となる株式交換契約又は株式移転計画承認の議案",
);

/// Item (9) in Japanese: 組織再編行為の際の新株予約権の取扱い.
pub const RESTRUCTURING_TERMS_JA: &str = concat!(
    "当社が、合併（当社が合併により消滅する場合に限る。）、吸収分割若しくは新設分割（それぞれ当社が分割会社となる場合に限る。）又は株式交換若しくは株式移転（それぞれ当社が完全子会社となる場合に限る。）（以上を総称して以下「組織再編行為」という。）をする場合において、組織再編行為の効力発生日（吸収合併につき吸収合併がその効力を生ずる日、新設合併につき新設合併設立株式会社の成立の日、吸収分割につき吸収分割がその効力を生ずる日、新設分割につき新設分割設立株式会社の成立の日、株式交換につき株式交換がその効力を生ずる日及び株式移転につき株式移転設立完全親会社の成立の日をいう。）の直前において残存する新株予約権（以下「残存新株予約権」という。）を保有する新株予約権者に対し、それぞれの場合につき、会社法第236条第1項第8号イからホまでに掲げる株式会社（以下「再編対象会社」という。）の新株予約権を交付することとする。ただし、以下の条件に沿って再編対象会社の新株予約権を交付する旨を、吸収合併契約、新設合併契約、吸収分割契約、新設分割計画、株式交換契約又は株式移転計画において定めた場合に限るものとする。\n",
    "1) 交付する再編対象会社の新株予約権の数\n",
    "   新株予約権者が保有する残存新株予約権の数と同一の数をそれぞれ交付する。\n",
    "2) 新株予約権の目的である再編対象会社の株式の種類\n",
    "   再編対象会社の普通株式とする。\n",
    "3) 新株予約権の目的である再編対象会社の株式の数\n",
    "   組織再編行為の条件等を勘案のうえ、上記(3)に準じて決定する。\n",
    "4) 新株予約権の行使に際して出資される財産の価額\n",
    "   交付される各新株予約権の行使に際して出資される財産の価額は、以下に定める再編後払込金額に上記3)に従って決定される当該新株予約権の目的である再編対象会社の株式の数を乗じて得られる金額とする。再編後払込金額は、交付される各新株予約権を行使することにより交付を受けることができる再編対象会社の株式1株当たり1円とする。\n",
    "5) 新株予約権を行使することができる期間\n",
    "   上記(5)に定める新株予約権を行使することができる期間の開始日と組織再編行為の効力発生日のうちいずれか遅い日から、上記(5)に定める新株予約権を行使することができる期間の満了日までとする。\n",
    "6) 新株予約権の行使により株式を発行する場合において増加する資本金及び資本準備金に関する事項\n",
    "   上記(6)に準じて決定する。\n",
    "7) 譲渡による新株予約権の取得の制限\n",
    "   譲渡による新株予約権の取得については、再編対象会社の取締役会の決議による承認を要するものとする。\n",
    "8) 新株予約権の取得条項\n",
    "   上記(8)に準じて決定する。\n",
    "9) その他の新株予約権の行使の条件\n",
    "   下記(11)に準じて決定する。",
);

/// Item (11) in Japanese: その他の新株予約権の行使の条件.
pub const EXERCISE_CONDITIONS_JA: &str = concat!(
    "1) 各新株予約権の一部行使はできないものとする。\n",
    "2) 新株予約権者は、当社の取締役及び執行役員のいずれの地位をも喪失した日（死亡により地位を喪失した場合を除く。）の翌日から10日以内に限り、新株予約権を行使することができる。ただし、下記3)に定める権利承継者が新株予約権を行使する場合はこの限りではない。\n",
    "3) 新株予約権者が死亡した場合は、その相続人のうち1名に限り新株予約権を相続することができる（以下、当該相続人を「権利承継者」という。）。権利承継者は、新株予約権を相続した日から6か月以内に限り新株予約権を行使することができる。権利承継者が死亡した場合、権利承継者の相続人は新株予約権を相続することができない。\n",
    "4) 新株予約権の譲渡、質入れその他一切の処分は認めないものとする。\n",
    "5) その他の新株予約権の行使の条件については、新株予約権の募集事項を決定する当社取締役会において定めるものとする。",
);
