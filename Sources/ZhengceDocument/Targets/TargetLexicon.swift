import ZhengceText

/// The words the target grammar reads: units, bound cues, periods, and the words that make a
/// number a condition, a fact or a name rather than a target. Longest entries first.
enum TargetLexicon {
    /// How a unit behaves.
    enum UnitKind { case count, money, share, duration, frequency, age }

    /// Units with their kind, longest first so 个工作日 wins over 个 and 万元 over 元.
    static let units: [([UInt16], UnitKind)] = {
        var list: [(String, UnitKind)] = []
        let magnitudes = ["万亿", "亿", "万", "千", ""]
        let scaled: [(String, UnitKind)] = [
            ("元", .money), ("美元", .money), ("元人民币", .money), ("人次", .count), ("人", .count), ("户", .count),
            ("吨", .count), ("千瓦时", .count), ("千瓦", .count), ("平方米", .count), ("平方公里", .count), ("公里", .count),
            ("亩", .count), ("辆", .count), ("台", .count), ("家", .count), ("个", .count), ("件", .count), ("套", .count),
            ("名", .count), ("标准箱", .count), ("立方米", .count), ("公顷", .count), ("册", .count), ("张", .count),
            ("棵", .count), ("株", .count), ("毫升", .count),
        ]
        for (base, kind) in scaled { for m in magnitudes where !(m == "千" && base.hasPrefix("千")) { list.append((m + base, kind)) } }
        list += [
            // Time, the whole scale (a unit missing here leaves a limit unread: 一分钟内通知, 三分钟内派出).
            ("个工作日", .duration), ("工作日", .duration), ("个小时", .duration), ("个月", .duration), ("个季度", .duration), ("小时", .duration),
            ("年", .duration), ("日", .duration), ("天", .duration), ("周", .duration), ("分钟", .duration), ("秒钟", .duration), ("秒", .duration), ("个年度", .duration),
            ("个百分点", .share), ("百分点", .share), ("%", .share), ("％", .share), ("‰", .share),
            ("周岁", .age), ("岁", .age),
            ("项", .count), ("所", .count), ("座", .count), ("条", .count), ("批", .count), ("场", .count), ("单", .count),
            ("种", .count), ("支", .count), ("处", .count), ("间", .count), ("类", .count), ("期", .count), ("倍", .count),
            // (季: a crop season, 每年至少种植一季; 季度 and 季节 are refused where read.)
            ("季", .count), ("个点", .share),
            // (Hours of teaching and credits: 每年接受继续教育的时间累计不少于80学时.)
            ("学时", .count), ("课时", .count), ("学分", .count),
            // (Seats of a reading room or a hall: 阅览座位应当达到1200席以上.)
            ("席", .count), ("次", .frequency), ("摄氏度", .count), ("℃", .count),
            // (Copies of a document: 一式两份, 各执一份; without a magnitude, 10万份 of leaflets is no copy.)
            ("份", .count),
        ]
        return list.map { (u16($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    /// Cues written before the number and the bound they give, longest first.
    static let cuesBefore: [([UInt16], TargetComparator)] = {
        let atLeast = ["至少有", "不少于", "不低于", "不得低于", "不得少于", "不能少于", "不能低于", "至少", "超过", "突破", "超", "达到", "达",
                       "增至", "增加到", "增长到", "提高到", "提高至", "提升至", "提升到", "扩大到", "扩大至", "多于", "高于",
                       "不小于", "不得小于", "大于", "提前", "最低为", "最少为", "最短为"]
        let atMost = ["不超过", "不得超过", "不能超过", "最长不超过", "最高不超过", "最多不超过", "原则上不超过", "不高于", "不得高于",
                      "控制在", "低于", "少于", "仅能", "仅可", "只可", "降至", "降到", "降低到", "降低至", "下降到", "下降至", "压缩至", "压缩到", "缩短至",
                      "缩短到", "压减至", "减少到", "最高", "最长", "最多", "只能", "只", "仅",
                      "不大于", "不得大于", "小于", "延长至", "延长到",
                      // A superlative norm is a bound (领取失业保险金的期限最长为12个月); a ceiling of what may be held
                      // (每个职工只能有一个住房公积金账户).
                      "最长为", "最高为", "最多为", "至多", "只能有", "只可有", "仅能有", "仅可有", "至多有", "最多有"]
        let about = ["约", "大约"]
        // (减收, 减免: a reduction granted, 减收正常票价50%, sized by the share.)
        let exactly = ["为", "稳定在", "保持在", "按", "按照", "各派", "各", "定额", "分", "相当于", "减收", "减免"]
        let all = atLeast.map { ($0, TargetComparator.atLeast) } + atMost.map { ($0, .atMost) }
            + about.map { ($0, .about) } + exactly.map { ($0, .exactly) }
        return all.map { (u16($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    /// Two-character verbs that may stand between a cue and its number: 至少建设一所, 只开设一个.
    static let verbsAfterCue = ["建设", "开设", "设立", "配备", "建立", "培育", "享受", "选派", "安排", "保留", "举办", "设置", "建成",
                                "延长", "保存", "留存"].map(u16)
    /// Verbs of appointment directly before a count of persons (确定一名记录员, 指定一名联络员): a quota.
    static let appointments = ["确定", "指定", "推选", "推举", "选派", "委派"].map(u16)
    /// An order of presence before a count of persons (应当有一名…协调员在场见证): a quota, not the 有 of a condition.
    static let presenceOrdered = ["应当有", "必须有", "须有", "应有"].map(u16)
    /// Verbs after 由 + a count that say the count makes up a body or leads it (由三名以上督学组成, 由一个部门牵头).
    static let bodyAssigned = ["组成", "牵头", "负责"].map(u16)
    /// Verbs of publicity before a duration (公示七日, 公告三十日): how long the notice stands.
    static let publicity = ["公示", "公告", "张榜公布", "张榜", "公开征求意见"].map(u16)
    /// Words that forbid or prevent what follows (防止…超过四个小时, 禁止…超过): exceeding after them is a ceiling.
    static let prevented = ["防止", "禁止", "严禁", "避免", "不允许"].map(u16)
    /// Verbs handing over copies (送缴两套出版物, 报送一份) and the units of copies: an ordered count of them is a quota.
    static let submissions = ["送缴", "缴送", "报送", "送交", "提交", "呈送"].map(u16)
    static let copies = ["套", "份", "册", "件"]
    /// Words before a count of copies that set it (有关资料一式两份, 交双方各执一份): 一式 gives the number of the set,
    /// 各 and a verb of holding the copies each party keeps.
    static let copiesSet = ["一式", "各执", "各持", "各存", "各留", "各留存"].map(u16)
    /// Openings of a clause that attaches copies (附本办法第十三条规定的资料一份, 并附…复印件一份).
    static let attached = ["附", "并附", "另附", "同时附", "附送", "附具"].map(u16)
    /// Nouns of a sum of money used as ordered (百分之五十以上的公共收益金额应当优先用于…): a share of it is set.
    static let usedSums = ["金额", "资金", "经费", "收益", "收入", "费用", "基金"].map(u16)
    /// Verbs of staffing right before a count of persons (配备三名以上专职督学): a quota of staff, not who is covered.
    static let staffing = ["配备", "配置", "选配", "聘请", "聘用", "选派", "委派", "指定", "确定"].map(u16)
    /// Words that set a term counted from an event (协商期限为…之日起两个月, 有效期为自…之日起三年).
    static let termsSet = ["期限为", "期为", "期间为", "时间为"].map(u16)
    /// Verbs that set aside or pay out a share of funds (安排百分之二的专项资金, 划拨百分之二的科研基本建设费,
    /// 付给2%的手续费), and the nouns of funds that keep "N%的" a target after them.
    static let allocations = ["安排", "划拨", "提取", "拨出", "拨付", "提留", "付给"].map(u16)
    static let funds = ["资金", "经费", "基金", "费", "款", "款项"].map(u16)

    /// Verbs that may stand before one of `verbsAfterCue` (至少规划建设一处).
    static let verbsBeforeVerbAfterCue = ["规划", "新建", "统筹", "集中"].map(u16)
    /// Words that make what follows a norm to reckon by (按照不超过八百毫升的献血量, 按照…计算).
    static let norms = ["按照", "按"].map(u16)
    /// Words before a small Chinese number or a duration that state it as fixed (免征五年, 延长一个月, 给予六个月,
    /// 产区保持三个月销量).
    /// Verbs that grant an entitlement (享受八十日的奖励假, 享有十五日) belong here as 给予 does.
    static let fixedBeforeSmall = ["免征", "留存", "保存", "周期为", "延长", "给予", "保持", "享受", "享有"].map(u16)
    /// Cues of a raise (提高到, 扩大到): after a permission (可以扩大到20公顷) they set a ceiling, not a floor.
    static let raisesTo = ["增至", "增加到", "提高到", "提高至", "提升至", "提升到", "扩大到", "扩大至"].map(u16)
    /// Verbs after 按照…N… that make N the norm of a reckoning (按照…折合全血八百毫升计算, 按照…60平方米的建筑面积确定).
    /// (Any verb of reckoning or conversion: 按照…除以月计薪天数（21.75天）进行折算.)
    static let reckonings = ["计算", "确定", "核定", "计发", "折算", "换算", "折合"].map(u16)
    /// Words after a lead-in's opening 的-clause that make its list items conditions of that subject
    /// (称为大学的，须符合下列规定：).
    static let conditionListAfterSubject = ["符合下列", "符合以下"].map(u16)
    /// A denominator per increment (每增加一年, 每满一百元): never the target itself.
    static let perIncrement = ["每增加", "每减少", "每超过", "每满", "每降低", "每提高"].map(u16)
    /// Words of a lead-in that names conditions (有下列情形之一的：, 应当具备下列条件：).
    /// (情况 as 情形: 在下列情况下即丧失…所有权：.)
    static let conditionListWords = ["情形", "情况", "条件", "资格", "具备"].map(u16)
    /// Words after 统计 that report a statistic (统计显示, 统计数据表明): what follows happened.
    static let statisticsShow = ["显示", "表明"].map(u16)
    /// Verbs that grant money (给予每人不少于5000元的一次性经济帮助): an amount after them is what is granted.
    static let grants = ["给予", "发给", "发放", "支付", "付给", "补助", "补贴", "奖励", "资助"].map(u16)
    /// Verbs that pay a person (对其遗属增发12个月的残疾抚恤金): after 对 they make it name who is paid, not who is covered.
    static let payments = grants + ["增发", "加发", "补发", "一次性发给"].map(u16)
    /// What an authority suspends when it orders it (责令…暂停…6个月以上1年以下): a sanction.
    static let suspensions = ["暂停", "停止", "停业", "停产"].map(u16)
    /// Nouns of a cap or a floor before 为 (最高偿付限额为人民币50万元, 补助上限为, 下限为): 为 then sets the bound.
    static let capsBeforeWei: [([UInt16], TargetComparator)] = [(u16("限额"), .atMost), (u16("上限"), .atMost), (u16("下限"), .atLeast)]
    /// Units of one scale and their factor, for a range whose ends are written in two of them (1000元至1万元, 六个月至一年).
    static let scales: [String: (scale: Int, factor: Double)] = [
        "元": (0, 1), "千元": (0, 1e3), "万元": (0, 1e4), "亿元": (0, 1e8), "个月": (1, 1), "年": (1, 12),
    ]
    /// Comparatives after 不得 that make it a bound, not an order (注册资本不得少于人民币300万元).
    static let boundsAfterBude = ["少于", "低于", "超过", "高于", "大于", "小于"].map(u16)
    /// Words joining the second term of a sum to the first (20倍加本人40个月的工资): the second is set as exactly.
    static let sums = ["加本人", "加上", "另加", "加其", "加"].map(u16)
    /// Verbs of completion right after a duration that make it a time limit (五个工作日办结).
    static let completions = ["办结", "审结", "办理完毕", "办完", "完成"].map(u16)
    /// Words after N米 that make it a radius of service (三百米服务半径, 五百米半径内), longest first.
    static let radii = ["服务半径", "半径"].map(u16)
    /// What a thing must reach to qualify, after 符合下列 (建设收费公路，应当符合下列技术等级和规模：): the items are
    /// thresholds of a qualification list.
    static let qualificationsAfterMeet = ["规模", "等级"].map(u16)
    /// Words of a body's composition (住房公积金管理委员会的成员中，…占1/3): a share after 占 there is set.
    static let composition = ["成员", "组成人员", "委员", "组成"].map(u16)
    /// Nouns after a duration that make "EVENT前N" a window of a norm (离职前12个月平均工资), not a lead time.
    static let windowNouns = ["平均", "工资", "收入", "期间", "累计", "缴费", "内", "的", "以"].map(u16)
    /// Closers of the second value of "N以上M以下" (三个月以上十二个月以内).
    static let upperBoundsAfter = ["以下", "以内", "之内"].map(u16)

    /// Bounds written after the number (and unit), longest first.
    static let boundsAfter: [([UInt16], TargetComparator)] = ([
        ("及以上", .atLeast), ("以上", .atLeast), ("及以下", .atMost), ("以下", .atMost), ("以内", .atMost), ("之内", .atMost),
        ("限额内", .atMost), ("左右", .about), ("上下", .about), ("多", .atLeast), ("余", .atLeast),
    ] as [(String, TargetComparator)]).map { (u16($0.0), $0.1) }

    /// Verbs that commit the sentence to a quantity written after them in the same clause.
    static let commitments = ["建设", "建立", "建成", "培育", "打造", "成立", "新增", "形成", "认定", "引进", "培训", "实现", "遴选",
                              "设立", "开设", "推出", "创建", "扶持", "补贴", "奖励", "资助", "给予", "安排", "招收", "覆盖", "免征",
                              "减免", "留存", "保存", "扣除", "减除", "完成", "发放", "发给", "颁发", "支付", "退还", "预支", "享受", "享有", "新建", "合建", "共建", "改造", "建设改造", "布局", "孵化", "吸引"].map(u16)

    /// Words directly before a number that make it a condition on who is covered (具有3年以上…经历).
    static let conditionsBefore = ["具有", "具备", "年满", "满", "距", "距离", "有", "累计超过"].map(u16)

    /// Words directly before a number that make it no target: ordinals, counts of a list, history.
    static let refusedBefore = ["连续", "共", "等", "近", "前", "过去", "近年", "编号", "已", "已有", "已经", "累计已"].map(u16)

    /// Words of past conduct after a window (一年内…受过两次以上行政处罚): the window describes a record, not a time limit.
    static let pastConduct = ["受过", "受到过", "曾经", "曾因", "曾被", "发生过"].map(u16)
    /// Verbs of a stock sized by how long it lasts (储存能维持十五日以上的口粮).
    static let lasting = ["维持", "保持"].map(u16)

    /// Nouns after "N的" that keep the number a target (按6个月的标准, 年均10%以上的增速).
    static let keptAfterDe = ["标准", "基础", "额度", "扣除额度", "增速", "增长", "速度", "限额", "补贴", "奖励", "资助",
                              "幅度", "比例", "上限", "规模", "单数",
                              // A benefit sized by the number (享受减收正常票价50%的优待).
                              "优待", "优惠",
                              // A level a quantity is held at (保持在…销售收入15%的水平).
                              "水平",
                              // A tax rate levied (均按15%的税率征收企业所得税, 减按20％的税率征收, as 按照20%的比例税率).
                              "税率"].map(u16)

    /// Words after a quantity that make it a condition of validity (须有2/3以上理事出席方能召开, 2/3以上通过方为有效).
    static let validityAfter = ["方能", "方为", "方可", "才能", "才为", "才可", "始得"].map(u16)
    /// What members do after a share of them (2/3以上委员表决通过, 1/3以上董事提议): a majority or a threshold.
    static let memberActions = ["同意", "通过", "提议", "联名", "出席", "表决", "赞成"].map(u16)

    /// Words opening a recurring period: 每年, 每月, 年均.
    static let periods = ["年均", "每年", "每月", "每季度", "每周", "每天", "每日", "每人", "每户"].map(u16)

    /// Words after a year that make it a deadline (2019年底前, 2025年末).
    static let deadlineAfterYear = ["年底前", "年底", "年末", "年前", "年以前", "年之前", "年内", "年上半年", "年下半年", "年"].map(u16)
    /// Words before a year that make it a deadline (到2025年).
    static let deadlineBeforeYear = ["力争到", "争取到", "截至", "截止", "到", "至"].map(u16)
    /// Verbs of change written before a share or a duration (可以降低五个百分点, 领取期限增加一个月): the
    /// number is the size of the change.
    static let changesBeforeShare = ["降低", "提高", "下降", "减少", "增长", "提升", "增加", "延长", "增发", "减发", "递减", "递增",
                                     "上浮", "下浮"].map(u16)

    /// Bounds written before a count of 次 with a verb phrase between (每年至少组织开展一次, 每年至少向社会公布一次).
    static let frequencyCues = ["至少", "不少于", "不得少于", "最多", "不超过", "不得超过"].map(u16)
    /// Words ending the period a count of 次 recurs in (每5年, 每3至5年, 每学期, 每两个月).
    static let periodEnds = ["年", "月", "周", "天", "日", "季度", "学期", "半年"].map(u16)

    /// Nouns of a product's or a thing's specification before the number (设计最高时速不超过二十公里,
    /// 胸径不得小于八厘米): a specification, not a target (C3).
    /// (潜伏期: a property of a disease, 黄热病的潜伏期为6日, stated like a specification.)
    static let specifications = ["时速", "长度", "宽度", "高度", "胸径", "直径", "厚度", "尺寸", "重量", "载重", "排量", "潜伏期"].map(u16)

    /// Words opening a clause that carries the condition before it on (…，并且…的，; …，未按要求…的，).
    static let conditionLinks = ["并且", "而且", "且", "或者", "或", "又", "并", "仍", "未", "不", "没有", "拒不", "逾期"].map(u16)

    /// Cues that make a threshold when a 的 later in the clause closes a noun (超过三个月不能开工的建设用地).
    static let thresholdCues = ["超过", "满", "不足", "低于", "高于", "少于", "多于", "大于", "小于"].map(u16)

    /// Words joining an alternative to a bounded quantity (不得低于2年或者行驶里程50,000公里): the bound holds for both.
    static let alternatives = ["或者", "或", "以及", "及", "和", "与"].map(u16)
    /// A permission or an order written before a verb and a small count (可以生育三个子女, 应当配备两名): the
    /// permitted count is a ceiling, the ordered one exact.
    static let quotaModals: [([UInt16], TargetComparator)] = [(u16("可以"), .atMost), (u16("应当"), .exactly)]

    /// Words that make a clause an order or a permission, not part of a condition (应当, 可以 …).
    static let modals = ["应当", "应该", "必须", "可以", "给予", "不得", "须", "需", "确保", "力争", "争取"].map(u16)

    /// Words before or after a year that make it a start, not a deadline (从2019年起).
    static let startBeforeYear = ["从", "自", "自从"].map(u16)
    static let startAfterYear = ["起", "开始", "以来", "以后", "后"].map(u16)
    /// Words after a year that make it a reference to the past (2016年公布的…).
    static let pastAfterYear = ["公布", "印发", "发布", "出台", "颁布", "制定", "确定", "批准", "已", "以来", "的"].map(u16)
}
