# The facts of the article graph, written by hand from the five seed articles (a0..a4).
# Facts only: names, numbers, dates, slugs. build.py checks them and writes articles.cypher.
from records import company, person, chip, arch, product, event, metric, rel, deal, node

# Exchange rates used to fill amount_usd: units of the currency per US dollar.
# CNY: the rate a1 itself implies (1.3 billion USD given as about 9.4 billion CNY).
RATES = {"USD": 1.0, "CNY": 7.23}

ALL = "a0 a1 a2 a3 a4"

# ---------------------------------------------------------------------------------------------
# Articles
ARTICLES = [
    dict(id="a0", file="000_604d21702e4451ef.txt", title="乘着生成式AI东风英伟达市值奔向1万亿美元",
         outlet="TechWeb", date="2023-05-31"),
    dict(id="a1", file="001_bf4a493346c1b857.txt",
         title="英伟达杀疯了!连投三家生成式AI独角兽,加单带飞台积电5nm产能",
         outlet="芯东西", date="2023-06-30", author="ZeR0", editor="漠影"),
    dict(id="a2", file="002_fd69ab0e82d8b9be.txt", title="老黄在下一盘很大的棋?",
         outlet="blog", date="2024-03-19", author="张津京"),
    dict(id="a3", file="003_9aec411b39de639e.txt", title="英伟达好像赢麻了",
         date="2024-06-05", author="Rickzhang"),
    dict(id="a4", file="004_745b0309d94d6328.txt", title="OpenAI大力,英伟达出奇迹",
         outlet="界面新闻 / 数字力场", date="2024-02", author="佘宗明"),
]

# ---------------------------------------------------------------------------------------------
# Companies
company("nvidia", ALL, "NVIDIA", "英伟达", ["Nvidia", "NVDA", "Nasdaq:NVDA"],
        kind="chip_designer", country="United States", country_code="US", founded=1993,
        market_cap_usd=3010000000000, market_cap_date="2024-06-05",
        architecture_cadence_years=2, ai_bet_since=2012)
company("tsmc", "a0 a1 a2 a4", "TSMC", "台积电", ["Taiwan Semiconductor Manufacturing Company", "TSM"],
        kind="foundry", country="Taiwan", country_code="TW", founded=1987)
company("microsoft", ALL, "Microsoft", "微软", ["MSFT"], kind="cloud", country="United States",
        country_code="US", founded=1975, market_cap_usd=3150000000000, market_cap_date="2024-06-05")
company("amazon", "a0 a2 a4", "Amazon", "亚马逊", ["AWS", "Amazon Web Services", "AMZN"], kind="cloud",
        country="United States", country_code="US", founded=1994)
company("google", ALL, "Google", "谷歌", ["Alphabet", "GOOGL"], kind="cloud", country="United States",
        country_code="US", founded=1998)
company("meta", ALL, "Meta", None, ["META", "Facebook", "Meta Platforms"], kind="internet",
        country="United States", country_code="US", founded=2004)
company("oracle", "a1 a2", "Oracle", "甲骨文", ["ORCL"], kind="cloud", country="United States",
        country_code="US", founded=1977)
company("coreweave", "a0 a1", "CoreWeave", None, [], kind="cloud", country="United States",
        country_code="US", founded=2017, claimed_discount_pct=80)
company("openai", ALL, "OpenAI", None, ["Open AI"], kind="ai_lab", country="United States",
        country_code="US", founded=2015, nonprofit_origin=True)
company("anthropic", "a0 a1 a4", "Anthropic", None, [], kind="ai_lab", country="United States",
        country_code="US", founded=2021)
company("stability", "a0", "Stability AI", None, ["Stability"], kind="ai_lab", country="United Kingdom",
        country_code="GB")
company("inflection", "a0 a1", "Inflection AI", None, ["Inflection"], kind="ai_lab",
        country="United States", country_code="US", founded=2022, genai_unicorn_rank=3)
company("runway", "a1 a4", "Runway", None, ["RunwayML", "Runway ML"], kind="ai_lab",
        country="United States", country_code="US", founded=2018, total_funding_usd=237000000)
company("cohere", "a1", "Cohere", None, [], kind="ai_lab", country="Canada", country_code="CA",
        founded=2019)
company("xai", "a0", "xAI", None, ["X.ai", "X.AI"], kind="ai_lab", country="United States",
        country_code="US", founded=2023)
company("tesla", "a0 a3 a4", "Tesla", "特斯拉", ["TSLA"], kind="other", country="United States",
        country_code="US", founded=2003)
company("airstreet", "a0", "Air Street Capital", None, ["Air Street"], kind="investor",
        country="United Kingdom", country_code="GB")
company("d2d", "a0", "D2D Consulting", None, ["D2D"], kind="analyst", country="United States",
        country_code="US")
company("intel", "a0 a1 a4", "Intel", "英特尔", ["INTC"], kind="chip_designer",
        country="United States", country_code="US", founded=1968)
company("amd", "a1 a4", "AMD", None, ["Advanced Micro Devices"], kind="chip_designer",
        country="United States", country_code="US", founded=1969)
company("qualcomm", "a1 a4", "Qualcomm", "高通", ["QCOM"], kind="chip_designer",
        country="United States", country_code="US", founded=1985)
company("broadcom", "a4", "Broadcom", "博通", ["AVGO"], kind="chip_designer",
        country="United States", country_code="US")
company("apple", "a2 a3 a4", "Apple", "苹果", ["苹果公司", "AAPL"], kind="other",
        country="United States", country_code="US", founded=1976)
company("linkedin", "a1", "LinkedIn", None, [], kind="internet", country="United States",
        country_code="US")
company("salesforce", "a1", "Salesforce", None, ["CRM"], kind="other", country="United States",
        country_code="US", founded=1999)
company("deepmind", "a1", "DeepMind", None, ["Google DeepMind"], kind="ai_lab",
        country="United Kingdom", country_code="GB", founded=2010)
company("mlcommons", "a1", "MLCommons", None, [], kind="research", country="United States",
        country_code="US")
company("databricks", "a1", "Databricks", None, [], kind="other", country="United States",
        country_code="US", founded=2013)
company("mosaicml", "a1", "MosaicML", None, ["Mosaic ML"], kind="ai_lab", country="United States",
        country_code="US", founded=2021)
company("meituan", "a1", "Meituan", "美团", [], kind="internet", country="China", country_code="CN",
        founded=2010)
company("lightyear", "a1", "Light Year", "光年之外", ["Lightyear", "Light Years Beyond"], kind="ai_lab",
        country="China", country_code="CN", founded=2023)
company("bytedance", "a1", "ByteDance", "字节", ["字节跳动", "Bytedance"], kind="internet",
        country="China", country_code="CN", founded=2012)
company("trendforce", "a1", "TrendForce", None, [], kind="analyst", country="Taiwan", country_code="TW")
company("latepost", "a1", "LatePost", "晚点", ["晚点LatePost"], kind="media", country="China",
        country_code="CN")
company("ieeespectrum", "a1", "IEEE Spectrum", None, [], kind="media", country="United States",
        country_code="US")
company("uscommerce", "a1 a2", "US Department of Commerce", "美国商务部", ["Commerce Department", "U.S. Department of Commerce"],
        kind="government", country="United States", country_code="US")
company("usgov", "a2 a4", "US Government", "美国政府", ["U.S. government"], kind="government",
        country="United States", country_code="US")
company("mizuho", "a3", "Mizuho Securities", "瑞穗证券", ["Mizuho", "瑞穗"], kind="analyst",
        country="Japan", country_code="JP")
company("nyt", "a3", "The New York Times", "纽约时报", ["New York Times", "NYT"], kind="media",
        country="United States", country_code="US")
company("bernstein", "a2", "Bernstein", "伯恩斯坦", ["Bernstein Research"], kind="analyst",
        country="United States", country_code="US")
company("cnbc", "a2", "CNBC", None, [], kind="media", country="United States", country_code="US")
company("semianalysis", "a4", "SemiAnalysis", None, [], kind="analyst", country="United States",
        country_code="US")
company("huaxi", "a4", "Huaxi Securities", "华西证券", [], kind="analyst", country="China",
        country_code="CN")
company("zimubang", "a4", "Zimubang", "字母榜", [], kind="media", country="China", country_code="CN")
company("alibaba", "a4", "Alibaba", "阿里", ["阿里巴巴", "BABA"], kind="internet", country="China",
        country_code="CN", founded=1999)
company("jd", "a4", "JD.com", "京东", ["JD"], kind="internet", country="China", country_code="CN",
        founded=1998)
company("baidu", "a4", "Baidu", "百度", ["BIDU"], kind="internet", country="China", country_code="CN",
        founded=2000)
company("tencent", "a4", "Tencent", None, ["腾讯"], kind="internet", country="China", country_code="CN",
        founded=1998)
company("didi", "a4", "Didi", "滴滴", ["DiDi", "Didi Chuxing"], kind="internet", country="China",
        country_code="CN", founded=2012)
company("pika", "a4", "Pika Labs", None, ["Pika"], kind="ai_lab", country="United States",
        country_code="US", founded=2023)
company("zhipu", "a3", "Zhipu AI", "智谱", [], kind="ai_lab", country="China", country_code="CN",
        founded=2019)
company("hkust", "a4", "HKUST", "香港科技大学", ["Hong Kong University of Science and Technology"],
        kind="research", country="Hong Kong", country_code="HK")
company("mideast", "a4", "Middle East investors", "中东土豪", [], kind="investor",
        country="Middle East")
company("chipventure", "a4", "Altman AI chip venture", None, [], kind="other", status="planned")

# ---------------------------------------------------------------------------------------------
# People
person("huang", "a0 a2 a3 a4", "Jensen Huang", "黄仁勋", ["老黄", "黄教主", "Jen-Hsun Huang", "Jensen"],
       title="CEO")
person("buck", "a0", "Ian Buck", "伊恩·巴克", ["Buck"], title="Head of Hyperscale and HPC")
person("kress", "a1", "Colette Kress", None, [], title="CFO")
person("mcbee", "a0", "Brannin McBee", "布兰宁·麦克比", [], title="Chief Strategy Officer")
person("musk", "a0 a3", "Elon Musk", "埃隆·马斯克", ["马斯克", "Musk"], title="CEO")
person("mostaque", "a0", "Emad Mostaque", "埃马德·莫斯塔克", ["莫斯塔克"], title="CEO")
person("benaich", "a0", "Nathan Benaich", "内森·贝纳奇", ["贝纳奇"], title="Partner")
person("goldberg", "a0", "Jay Goldberg", "杰伊·戈德伯格", [], title="Founder")
person("ghopper", "a0", "Grace Hopper", "格蕾丝·霍珀", [], title="Programming pioneer")
person("hoffman", "a1", "Reid Hoffman", None, [], title="Co-founder")
person("gates", "a1", "Bill Gates", "比尔·盖茨", ["比尔 · 盖茨"], title="Co-founder")
person("schmidt", "a1", "Eric Schmidt", None, [], title="Former CEO")
person("suleyman", "a1", "Mustafa Suleyman", None, ["Suleyman"], title="CEO")
person("kanter", "a1", "David Kanter", None, [], title="Executive Director")
person("wanghw", "a1", "Wang Huiwen", "王慧文", [], title="Co-founder")
person("rakesh", "a3", "Vijay Rakesh", None, [], title="Analyst")
person("altman", "a3 a4", "Sam Altman", "山姆·奥特曼", ["奥特曼", "Altman"], title="CEO")
person("ilya", "a4", "Ilya Sutskever", "伊利亚", ["Ilya"], title="Former Chief Scientist")
person("zuckerberg", "a4", "Mark Zuckerberg", "扎克伯格", ["Zuckerberg"], title="CEO")
person("gelsinger", "a4", "Pat Gelsinger", "帕特·基辛格", [], title="CEO")
person("son", "a4", "Masayoshi Son", "孙正义", [], title="Investor")
person("zhangxr", "a4", "Zhang Xiaorong", "张孝荣", [], title="Technology expert")
person("wangxing", "a4", "Wang Xing", "王兴", [], title="Founder")
person("chengwei", "a4", "Cheng Wei", "程维", [], title="Founder")
person("shum", "a4", "Harry Shum", "沈向洋", [], title="Computer scientist")
person("caoxq", "a3", "Cao Xueqin", "曹雪芹", [], title="Novelist")
person("zhaokuo", "a3", "Zhao Kuo", "赵括", [], title="Historical general")
# Authors and editors of the articles.
person("zer0", "a1", "ZeR0", None, [], title="Author")
person("moying", "a1", "Mo Ying", "漠影", [], title="Editor")
person("zhangjj", "a2", "Zhang Jinjing", "张津京", [], title="Author")
person("rickzhang", "a3", "Rickzhang", None, [], title="Author")
person("shezm", "a4", "She Zongming", "佘宗明", [], title="Author")

# ---------------------------------------------------------------------------------------------
# Architectures
arch("hopper", "a0 a2 a3", "Hopper", None, ["Hopper architecture"], kind="gpu", year=2022,
     first_transformer_optimized=True)
arch("blackwell", "a2 a3", "Blackwell", None, ["Blackwell architecture"], kind="gpu", year=2024,
     transistors=208000000000, process_nm=4)
arch("transformer", "a0 a3", "Transformer", None, [], kind="model", year=2017)
arch("moe", "a2 a3", "Mixture of Experts", "混合专家", ["MoE"], kind="model")

# ---------------------------------------------------------------------------------------------
# Chips and systems
chip("h100", "a0 a1 a2 a3", "H100", None, ["NVIDIA H100", "H100 GPU"], kind="gpu", year=2022,
     transistors=80000000000, process_nm=5, price_usd_low=25000, price_usd_high=40000,
     launch_price_usd=20000, secondary_price_usd_min=40000, iphone_transistor_multiple=5,
     max_wait_months=6)
chip("a100", "a0 a1 a2 a3 a4", "A100", None, ["NVIDIA A100"], kind="gpu", year=2020,
     price_usd_low=5000, price_usd_high=8000, launch_price_usd=3500)
chip("v100", "a1", "V100", None, ["NVIDIA V100"], kind="gpu")
chip("a800", "a1 a2", "A800", None, ["a800"], kind="gpu", market="China")
chip("h800", "a1 a2", "H800", None, ["h800"], kind="gpu", market="China")
chip("p100", "a4", "P100", None, ["Tesla P100"], kind="gpu", year=2016, first_for_ai=True)
chip("gaudi2", "a1", "Gaudi2", None, ["Habana Gaudi2", "Gaudi 2"], kind="accelerator",
     fp8_software_due="2023-09")
chip("gb200", "a2 a3", "GB200", None, ["Grace Blackwell GB200", "GB200 Superchip"], kind="superchip",
     year=2024, price_usd_low=40000, system_cost_usd=200000, price_vs_a100_min=5)
chip("bgpu", "a2 a3", "Blackwell GPU", None, ["B200"], kind="gpu", year=2024,
     transistors=208000000000, process_nm=4, dies=2, die_link_tb_per_s=10, ai_petaflops=20,
     claimed_perf_multiple=30, claimed_cost_energy_divisor=25, ship_year=2024,
     features=["Tensor Core", "FP4", "RAS engine"])
chip("b100", "a3", "B100", None, ["Blackwell B100"], kind="gpu", year=2024,
     expected="2024-Q3 to 2025-Q1")
chip("nvl72", "a2", "GB200 NVL72", None, ["GB200 NVLink 2"], kind="system", year=2024)
chip("dgxb", "a3", "DGX Blackwell", None, [], kind="system", year=2024)
chip("dgx1", "a4", "DGX-1", None, ["DGX1"], kind="system", year=2016, price_usd_low=129000,
     price_usd_high=129000, first_ai_supercomputer=True)
chip("hgxa100", "a4", "HGX A100", None, [], kind="system")
chip("a3sys", "a1", "A3", None, ["Google A3", "A3 supercomputer"], kind="system", year=2023)
chip("rsc", "a1", "Meta RSC", None, ["RSC", "Research SuperCluster"], kind="system")
chip("rtx30", "a4", "GeForce RTX 30 Series", None, ["RTX 30"], kind="gpu", min_vram_gb=8)
chip("rtx40", "a1 a4", "GeForce RTX 40 Series", None, ["RTX 40"], kind="gpu")
chip("nvgpu", "a0 a1 a2 a3 a4", "NVIDIA GPUs (unspecified)", "英伟达GPU", ["英伟达芯片", "英伟达算卡"],
     kind="gpu", generic=True)

# ---------------------------------------------------------------------------------------------
# Products: models, chatbots, software, services, benchmarks, hardware
product("chatgpt", ALL, "ChatGPT", None, [], kind="chatbot", year=2022, launched="2022-11",
        cost_per_query_usd=0.04)
product("gpt", "a0 a3 a4", "GPT", None, ["Generative Pre-trained Transformer"], kind="model",
        family=True, error_rate_pct_min=10)
product("gpt3", "a1 a2", "GPT-3", None, [], kind="model")
product("gpt35", "a1", "GPT-3.5", None, [], kind="model")
product("gpt5", "a3", "GPT-5", None, ["gpt5"], kind="model", status="hypothetical")
product("sora", "a4", "Sora", None, [], kind="model", year=2024, parameters_est=3000000000,
        training_compute_vs_llm=100)
product("inflection1", "a1", "Inflection-1", None, [], kind="model")
product("pi", "a1", "Pi", None, ["Pi chatbot"], kind="chatbot")
product("chinchilla", "a1", "Chinchilla", None, [], kind="model")
product("palm540b", "a1", "PaLM-540B", None, ["PaLM 540B"], kind="model")
product("llama65b", "a1", "LLaMA-65B", None, ["LLaMA 65B"], kind="model")
product("cuda", "a0 a3", "CUDA", None, ["Cuda"], kind="software", year=2006)
product("nim", "a2", "NIM", None, ["NVIDIA NIM"], kind="software", year=2024)
product("aie", "a2", "NVIDIA AI Enterprise", "英伟达企业版", [], kind="software",
        price_usd_per_gpu_year=4500)
product("trtllm", "a2", "TensorRT-LLM", None, [], kind="software")
product("nemo", "a2", "NeMo Megatron", None, [], kind="software")
product("mlperf", "a1", "MLPerf", None, [], kind="benchmark")
product("mlperf3", "a1", "MLPerf Training 3.0", None, ["MLPerf Training v3.0"], kind="benchmark",
        version="3.0", year=2023, entrants=["NVIDIA", "Intel"], not_submitted=["AMD"])
product("chatrtx", "a4", "Chat with RTX", None, [], kind="chatbot", year=2024, min_vram_gb=8)
product("stablevideo", "a4", "Stable Video", None, ["Stable Video Diffusion"], kind="model")
product("qwen110b", "a3", "Qwen-110B", "通义千问110B", ["通义千问", "Tongyi Qianwen", "Qwen1.5-110B"],
        kind="model", parameters=110000000000, open_source=True)
product("qingyan", "a3", "Zhipu Qingyan", "智谱青言", ["智谱清言", "ChatGLM"], kind="model",
        open_source=True)
product("ernie", "a3", "ERNIE", "文心", ["Wenxin", "文心一言"], kind="model", open_source=True)
product("xplatform", "a4", "X", None, ["Twitter"], kind="service")
product("iphone", "a0", "iPhone", None, [], kind="hardware")
product("nvlink", "a2", "NVLink", None, ["NVLink 5", "fifth-generation NVLink"], kind="hardware",
        generation=5, bandwidth_tb_per_s=1.8, max_gpus=576)
product("nvswitch", "a3", "NVSwitch", "NVLink交换器", ["NVLink Switch"], kind="hardware")
product("spine", "a3", "NVLink Spine", "脊柱", [], kind="hardware", cables=5000, length_miles=2)

# ---------------------------------------------------------------------------------------------
# Events
event("gtc2024", "a2 a3", "GTC 2024", None, ["NVIDIA GTC 2024"], date="2024-03-18",
      city="San Jose", venue="SAP Center", first_in_person_in_years=5)
event("computex2024", "a3", "Computex 2024", "台北国际电脑展", ["COMPUTEX"], date="2024-06",
      city="Taipei", keynote_hours=2)
event("io2023", "a1", "Google I/O 2023", None, [], date="2023-05")

# ---------------------------------------------------------------------------------------------
# People at companies
rel("huang", "CEO_OF", "nvidia", "a0 a2 a3 a4")
rel("huang", "FOUNDED", "nvidia", "a2 a4", year=1993)
rel("huang", "WORKS_AT", "nvidia", "a0 a2 a3 a4", role="CEO")
rel("buck", "WORKS_AT", "nvidia", "a0", role="Head of Hyperscale and HPC")
rel("kress", "WORKS_AT", "nvidia", "a1", role="CFO")
rel("mcbee", "FOUNDED", "coreweave", "a0", year=2017)
rel("mcbee", "WORKS_AT", "coreweave", "a0", role="Chief Strategy Officer")
rel("musk", "CEO_OF", "tesla", "a0")
rel("musk", "WORKS_AT", "tesla", "a0", role="CEO")
rel("musk", "FOUNDED", "xai", "a0", year=2023)
rel("mostaque", "FOUNDED", "stability", "a0")
rel("mostaque", "CEO_OF", "stability", "a0")
rel("mostaque", "WORKS_AT", "stability", "a0", role="CEO")
rel("benaich", "WORKS_AT", "airstreet", "a0", role="Partner")
rel("goldberg", "FOUNDED", "d2d", "a0")
rel("hoffman", "FOUNDED", "linkedin", "a1")
rel("gates", "FOUNDED", "microsoft", "a1", year=1975)
rel("schmidt", "WORKS_AT", "google", "a1", role="Former CEO", former=True)
rel("suleyman", "FOUNDED", "deepmind", "a1")
rel("suleyman", "FOUNDED", "inflection", "a1", year=2022)
rel("suleyman", "CEO_OF", "inflection", "a1")
rel("suleyman", "WORKS_AT", "inflection", "a1", role="CEO")
rel("kanter", "WORKS_AT", "mlcommons", "a1", role="Executive Director")
rel("wanghw", "FOUNDED", "meituan", "a1")
rel("wanghw", "FOUNDED", "lightyear", "a1", year=2023)
rel("rakesh", "WORKS_AT", "mizuho", "a3", role="Analyst")
rel("altman", "FOUNDED", "openai", "a4", year=2015)
rel("altman", "CEO_OF", "openai", "a4")
rel("altman", "WORKS_AT", "openai", "a4", role="CEO")
rel("ilya", "WORKS_AT", "openai", "a4", role="Former Chief Scientist", former=True)
rel("zuckerberg", "CEO_OF", "meta", "a4")
rel("zuckerberg", "WORKS_AT", "meta", "a4", role="CEO")
rel("gelsinger", "CEO_OF", "intel", "a4")
rel("gelsinger", "WORKS_AT", "intel", "a4", role="CEO")
rel("chengwei", "FOUNDED", "didi", "a4")
rel("wangxing", "FOUNDED", "meituan", "a4", inferred=True)
rel("altman", "FOUNDED", "chipventure", "a4", status="planned")
rel("altman", "CONVERSED_WITH", "gelsinger", "a4", topic="AI chips")
rel("altman", "RIVALS", "huang", "a4")
rel("wangxing", "RIVALS", "chengwei", "a4")
rel("hkust", "HONORED", "huang", "a4", honor="Honorary Doctor of Engineering")

# Authors
rel("zer0", "WROTE", "a1", "a1")
rel("moying", "EDITED", "a1", "a1")
rel("zhangjj", "WROTE", "a2", "a2")
rel("rickzhang", "WROTE", "a3", "a3")
rel("shezm", "WROTE", "a4", "a4")

# ---------------------------------------------------------------------------------------------
# Who makes what
rel("nvidia", "MAKES", "h100", "a0 a1 a2 a3")
rel("nvidia", "MAKES", "a100", "a0 a1 a2 a3 a4")
rel("nvidia", "MAKES", "v100", "a1")
rel("nvidia", "MAKES", "a800", "a1 a2")
rel("nvidia", "MAKES", "h800", "a1 a2")
rel("nvidia", "MAKES", "p100", "a4")
rel("nvidia", "MAKES", "gb200", "a2 a3")
rel("nvidia", "MAKES", "bgpu", "a2 a3")
rel("nvidia", "MAKES", "b100", "a3")
rel("nvidia", "MAKES", "nvl72", "a2")
rel("nvidia", "MAKES", "dgxb", "a3")
rel("nvidia", "MAKES", "dgx1", "a4")
rel("nvidia", "MAKES", "hgxa100", "a4")
rel("nvidia", "MAKES", "rtx30", "a4")
rel("nvidia", "MAKES", "rtx40", "a1 a4")
rel("nvidia", "MAKES", "nvgpu", "a0 a1 a2 a3 a4")
rel("nvidia", "MAKES", "hopper", "a0 a2 a3")
rel("nvidia", "MAKES", "blackwell", "a2 a3")
rel("nvidia", "MAKES", "cuda", "a0 a3", year=2006)
rel("nvidia", "MAKES", "nim", "a2")
rel("nvidia", "MAKES", "aie", "a2")
rel("nvidia", "MAKES", "trtllm", "a2")
rel("nvidia", "MAKES", "nemo", "a2")
rel("nvidia", "MAKES", "nvlink", "a2")
rel("nvidia", "MAKES", "nvswitch", "a3")
rel("nvidia", "MAKES", "spine", "a3")
rel("nvidia", "MAKES", "chatrtx", "a4")
rel("intel", "MAKES", "gaudi2", "a1")
rel("google", "MAKES", "a3sys", "a1")
rel("google", "MAKES", "palm540b", "a1", inferred=True)
rel("google", "MAKES", "transformer", "a3", year=2017)
rel("meta", "MAKES", "rsc", "a1")
rel("meta", "MAKES", "llama65b", "a1", inferred=True)
rel("openai", "MAKES", "chatgpt", ALL)
rel("openai", "MAKES", "gpt", "a0 a3 a4")
rel("openai", "MAKES", "gpt3", "a1 a2", inferred=True)
rel("openai", "MAKES", "gpt35", "a1", inferred=True)
rel("openai", "MAKES", "gpt5", "a3", inferred=True)
rel("openai", "MAKES", "sora", "a4")
rel("inflection", "MAKES", "inflection1", "a1")
rel("inflection", "MAKES", "pi", "a1")
rel("deepmind", "MAKES", "chinchilla", "a1", inferred=True)
rel("stability", "MAKES", "stablevideo", "a4", inferred=True)
rel("mlcommons", "MAKES", "mlperf", "a1")
rel("mlcommons", "MAKES", "mlperf3", "a1")
rel("apple", "MAKES", "iphone", "a0", inferred=True)
rel("zhipu", "MAKES", "qingyan", "a3")
rel("alibaba", "MAKES", "qwen110b", "a3", inferred=True)
rel("baidu", "MAKES", "ernie", "a3", inferred=True)

# Who fabs what
rel("tsmc", "MANUFACTURES", "h100", "a0 a1", process_nm=5)
rel("tsmc", "MANUFACTURES", "bgpu", "a2", process_nm=4)

# Chips on architectures, generations, variants, systems
rel("h100", "BASED_ON", "hopper", "a0 a2")
rel("gb200", "BASED_ON", "blackwell", "a2 a3")
rel("bgpu", "BASED_ON", "blackwell", "a2 a3")
rel("b100", "BASED_ON", "blackwell", "a3")
rel("nvl72", "BASED_ON", "blackwell", "a2")
rel("dgxb", "BASED_ON", "blackwell", "a3")
rel("blackwell", "SUCCEEDS", "hopper", "a2 a3")
rel("h100", "SUCCEEDS", "a100", "a0", price_multiple=2, perf_multiple_min=3)
rel("a100", "SUCCEEDS", "v100", "a1")
rel("bgpu", "SUCCEEDS", "h100", "a2")
rel("a800", "VARIANT_OF", "a100", "a1 a2", market="China", inferred=True)
rel("h800", "VARIANT_OF", "h100", "a1 a2", market="China", inferred=True)
rel("moe", "VARIANT_OF", "transformer", "a3")
rel("hopper", "OPTIMIZED_FOR", "transformer", "a0", first=True)
rel("hopper", "NAMED_AFTER", "ghopper", "a0")
rel("nvl72", "CONTAINS", "bgpu", "a2", count=72)
rel("dgxb", "CONTAINS", "bgpu", "a3", count=72, via="NVSwitch")
rel("dgx1", "CONTAINS", "p100", "a4")
rel("hgxa100", "CONTAINS", "a100", "a4")
rel("a3sys", "CONTAINS", "h100", "a1", count=26000)
rel("rsc", "CONTAINS", "a100", "a1", count=16000)
rel("gb200", "OUTPERFORMS", "h100", "a2", factor=7, training_factor=4, benchmark="GPT-3 LLM")
rel("gaudi2", "OUTPERFORMS", "a100", "a1", benchmark="MLPerf Training 3.0", scope="some tests")
rel("gaudi2", "COMPETES_WITH", "h100", "a1")
rel("gaudi2", "COMPETES_WITH", "a100", "a1")
rel("sora", "OUTPERFORMS", "stablevideo", "a4")

# Products: parts, foundations, comparisons
rel("mlperf3", "PART_OF", "mlperf", "a1")
rel("nim", "PART_OF", "aie", "a2")
rel("gpt3", "PART_OF", "gpt", "a1", inferred=True)
rel("gpt35", "PART_OF", "gpt", "a1", inferred=True)
rel("gpt5", "PART_OF", "gpt", "a3")
rel("chatgpt", "BUILT_ON", "gpt", "a0 a3 a4")
rel("gpt", "BUILT_ON", "transformer", "a0")
rel("pi", "BUILT_ON", "inflection1", "a1", inferred=True)
rel("mlperf3", "INCLUDES", "gpt3", "a1", new_in_version=True, min_processors=64)
rel("inflection1", "COMPARED_WITH", "gpt35", "a1", finding="comparable")
rel("inflection1", "COMPARED_WITH", "chinchilla", "a1", finding="comparable")
rel("inflection1", "COMPARED_WITH", "palm540b", "a1", finding="comparable")
rel("inflection1", "COMPARED_WITH", "llama65b", "a1", finding="accuracy chart")

# Benchmark entries (MLPerf Training 3.0: only NVIDIA and Intel entered; AMD did not)
rel("nvidia", "COMPETED_IN", "mlperf3", "a1", chip="H100", chip_count=3584, task="GPT-3",
    minutes_max=11, partner="CoreWeave", fastest=True)
rel("intel", "COMPETED_IN", "mlperf3", "a1", chip="Gaudi2", chip_counts=[384, 256], task="GPT-3",
    hours_min=[5, 7])

# Export restrictions on China
rel("usgov", "RESTRICTS", "a100", "a2", market="China", status="banned")
rel("usgov", "RESTRICTS", "h100", "a2", market="China", status="banned")
rel("uscommerce", "RESTRICTS", "a800", "a1 a2", market="China", status="halted")
rel("uscommerce", "RESTRICTS", "h800", "a1 a2", market="China", status="halted")

# ---------------------------------------------------------------------------------------------
# Who uses which chips (count where stated)
rel("microsoft", "USES", "h100", "a0")
rel("amazon", "USES", "h100", "a0")
rel("google", "USES", "h100", "a0 a1", count=26000, purpose="A3 supercomputer")
rel("meta", "USES", "h100", "a0 a2")
rel("meta", "USES", "a100", "a1", count=16000, purpose="RSC supercomputer")
rel("meta", "USES", "nvgpu", "a4", count=350000, purpose="GPUs held by end of 2024")
rel("openai", "USES", "h100", "a0")
rel("openai", "USES", "a100", "a3 a4", count=30000, purpose="ChatGPT", reported_by="The New York Times")
rel("openai", "USES", "hgxa100", "a4", count=3617, purpose="ChatGPT", reported_by="SemiAnalysis")
rel("openai", "USES", "nvgpu", "a4")
rel("chatgpt", "USES", "a100", "a3 a4", count=30000, daily_kwh_min=500000)
rel("anthropic", "USES", "h100", "a0")
rel("stability", "USES", "h100", "a0")
rel("inflection", "USES", "h100", "a0 a1", count=22000, purpose="supercomputer with CoreWeave")
rel("inflection1", "USES", "h100", "a1", purpose="training", count_note="thousands")
rel("coreweave", "USES", "h100", "a0 a1", count=3584, purpose="MLPerf GPT-3 cluster")
rel("oracle", "USES", "a100", "a1", count_note="tens of thousands")
rel("oracle", "USES", "h100", "a1", count_note="tens of thousands")
rel("bytedance", "USES", "a100", "a1", group_count=100000, group="A100+V100")
rel("bytedance", "USES", "v100", "a1", group_count=100000, group="A100+V100")
rel("bytedance", "USES", "h800", "a1", group_count=100000, group="A100+H800")
rel("xai", "USES", "nvgpu", "a0", count_note="thousands")
rel("tesla", "USES", "nvgpu", "a3 a4", purpose="autonomous driving and large models")
rel("google", "USES", "nvgpu", "a4")
rel("baidu", "USES", "nvgpu", "a4")
rel("alibaba", "USES", "nvgpu", "a4")
rel("tencent", "USES", "nvgpu", "a4")
rel("amazon", "USES", "gb200", "a2", purpose="cloud access")
rel("google", "USES", "gb200", "a2", purpose="cloud access")
rel("microsoft", "USES", "gb200", "a2", purpose="cloud access")
rel("oracle", "USES", "gb200", "a2", purpose="cloud access")
rel("chatrtx", "USES", "rtx30", "a4", min_vram_gb=8)
rel("chatrtx", "USES", "rtx40", "a4", min_vram_gb=8)
rel("nim", "USES", "nvgpu", "a2", purpose="inference on installed GPUs")

# ---------------------------------------------------------------------------------------------
# Competition, partnerships, rankings
rel("intel", "COMPETES_WITH", "nvidia", "a0 a1")
rel("google", "COMPETES_WITH", "nvidia", "a0 a2")
rel("amd", "COMPETES_WITH", "nvidia", "a1")
rel("microsoft", "COMPETES_WITH", "nvidia", "a2")
rel("meta", "COMPETES_WITH", "nvidia", "a2")
rel("amazon", "COMPETES_WITH", "nvidia", "a2")
rel("openai", "COMPETES_WITH", "nvidia", "a2 a4")
rel("openai", "COMPETES_WITH", "runway", "a4")
rel("openai", "COMPETES_WITH", "pika", "a4")
rel("openai", "COMPETES_WITH", "google", "a4", field="browser")
rel("microsoft", "PARTNERS_WITH", "intel", "a4", alliance="Wintel")
rel("apple", "PARTNERS_WITH", "tsmc", "a4")
rel("microsoft", "PARTNERS_WITH", "openai", "a4")
rel("nvidia", "PARTNERS_WITH", "openai", "a4")
rel("nvidia", "SURPASSES", "apple", "a3", metric="market_cap", date="2024-06-05")
rel("microsoft", "SURPASSES", "nvidia", "a3", metric="market_cap", date="2024-06-05")
rel("nvidia", "SURPASSES", "qualcomm", "a1", metric="chip_design_revenue", period="2023-Q2",
    expected=True, reported_by="TrendForce")
rel("nvidia", "SURPASSES", "intel", "a4", metric="market_cap", combined_with=["AMD", "Qualcomm", "Broadcom"],
    date="2024-02")
rel("nvidia", "SURPASSES", "amd", "a4", metric="market_cap", combined_with=["Intel", "Qualcomm", "Broadcom"],
    date="2024-02")
rel("nvidia", "SURPASSES", "qualcomm", "a4", metric="market_cap", combined_with=["Intel", "AMD", "Broadcom"],
    date="2024-02")
rel("nvidia", "SURPASSES", "broadcom", "a4", metric="market_cap", combined_with=["Intel", "AMD", "Qualcomm"],
    date="2024-02")
rel("inflection", "SURPASSES", "cohere", "a1", metric="valuation", date="2023-06")
rel("mizuho", "RATES", "nvidia", "a3", rating="buy", target_price_usd=1275, previous_target_price_usd=1180,
    analyst="Vijay Rakesh", date="2024-06")

# Events
rel("nvidia", "HOSTS", "gtc2024", "a2 a3")
rel("google", "HOSTS", "io2023", "a1")
rel("huang", "SPOKE_AT", "gtc2024", "a2 a3")
rel("huang", "SPOKE_AT", "computex2024", "a3")
for k in ("blackwell", "bgpu", "gb200", "nvl72", "nim", "nvlink"):
    rel(k, "LAUNCHED_AT", "gtc2024", "a2")
for k in ("bgpu", "dgxb", "spine"):
    rel(k, "LAUNCHED_AT", "computex2024", "a3", shown=True)
rel("a3sys", "LAUNCHED_AT", "io2023", "a1")

# ---------------------------------------------------------------------------------------------
# Deals. Give `amount` and `currency` as the article states them; build.py fills `amount_usd`.
# Investments: build.py adds one INVESTED_IN per investor and target, with `deal`.
# Partnerships: build.py adds PARTNERS_WITH from the hub (first party) to each other party.
deal("d_inflection", "a1", "inflection-2023-round", "Inflection AI June 2023 round", "investment",
     parties=[("nvidia", "investor", "", {"new_investor": True}), ("hoffman", "investor"),
              ("gates", "investor"), ("schmidt", "investor")],
     targets=["inflection"], amount=1300000000, currency="USD", valuation_usd=4000000000,
     date="2023-06-29", nvidia_only_new_investor=True)
deal("d_runway", "a1", "runway-2023-round", "Runway June 2023 round", "investment",
     parties=[("nvidia", "investor"), ("google", "investor"), ("salesforce", "investor")],
     targets=["runway"], amount=141000000, currency="USD", valuation_usd=1500000000,
     date="2023-06-29")
deal("d_cohere", "a1", "cohere-2023-series-c", "Cohere Series C", "investment",
     parties=[("nvidia", "investor"), ("oracle", "investor"), ("salesforce", "investor")],
     targets=["cohere"], amount=270000000, currency="USD", valuation_usd=2200000000,
     date="2023-06-09", round="Series C")
deal("d_coreweave_nv", "a1", "coreweave-nvidia-investment", "NVIDIA investment in CoreWeave",
     "investment", parties=[("nvidia", "investor")], targets=["coreweave"],
     amount=100000000, currency="USD")
deal("d_coreweave_ms", "a1", "coreweave-microsoft-2023", "Microsoft investment in CoreWeave",
     "investment", parties=[("microsoft", "investor")], targets=["coreweave"],
     amount_note="several billion USD", date="2023-06", status="agreed",
     purpose="cloud computing infrastructure", horizon="coming years")
deal("d_openai_ms", "a2 a4", "microsoft-openai-investment", "Microsoft investment in OpenAI",
     "investment", parties=[("microsoft", "investor")], targets=["openai"],
     amount=10000000000, currency="USD", amount_qualifier="about")
deal("d_anthropic_amzn", "a4", "amazon-anthropic-investment", "Amazon investment in Anthropic",
     "investment", parties=[("amazon", "investor")], targets=["anthropic"],
     amount=4000000000, currency="USD", from_related_links=True)
deal("d_mosaicml", "a1", "databricks-mosaicml-acquisition", "Databricks acquires MosaicML",
     "acquisition", parties=[("databricks", "acquirer")], targets=["mosaicml"],
     amount=1300000000, currency="USD", amount_cny_stated=9400000000, date="2023-06")
deal("d_lightyear", "a1", "meituan-lightyear-acquisition", "Meituan acquires Light Year",
     "acquisition", parties=[("meituan", "acquirer")], targets=["lightyear"],
     amount=2065000000, currency="CNY", date="2023-06-29")
deal("d_oracle_2022", "a1", "oracle-2022-a100-h100-purchase", "Oracle A100 and H100 purchase",
     "purchase", parties=[("oracle", "buyer"), ("nvidia", "seller")], targets=["a100", "h100"],
     count_note="tens of thousands", date="2022-11", purpose="new compute center")
deal("d_oracle_2023", "a1", "oracle-2023-nvidia-chip-purchase", "Oracle NVIDIA chip spending 2023",
     "purchase", parties=[("oracle", "buyer"), ("nvidia", "seller")], targets=["nvgpu"],
     amount_note="several billion USD", date="2023-06", purpose="AI cloud services")
deal("d_bytedance", "a1", "bytedance-2023-gpu-order", "ByteDance 2023 GPU order", "purchase",
     parties=[("bytedance", "buyer"), ("nvidia", "seller")], targets=["a100", "h800"],
     amount=1000000000, currency="USD", amount_qualifier="more than", date="2023", by="latepost")
deal("d_china_internet", "a1", "china-internet-2023-gpu-order",
     "Unnamed Chinese internet company 2023 GPU order", "purchase",
     parties=[("nvidia", "seller")], targets=["nvgpu"], count=10000, count_qualifier="at least",
     amount=1000000000, currency="CNY", amount_qualifier="more than", amount_basis="list price",
     date="2023", buyer_note="unnamed Chinese internet company", by="latepost")
deal("d_xai", "a0", "xai-2023-nvidia-chip-purchase", "xAI NVIDIA chip purchase", "purchase",
     parties=[("xai", "buyer"), ("nvidia", "seller")], targets=["nvgpu"], count_note="thousands",
     date="2023")
deal("d_coreweave_h100", "a0", "coreweave-2023-h100-purchase", "CoreWeave early H100 purchase",
     "purchase", parties=[("coreweave", "buyer"), ("nvidia", "seller")], targets=["h100"],
     date="2023", early_buyer=True)
deal("d_tesla", "a3", "tesla-2024-nvidia-gpu-purchase", "Tesla 2024 NVIDIA GPU spending",
     "purchase", parties=[("tesla", "buyer"), ("nvidia", "seller")], targets=["nvgpu"],
     amount=4000000000, currency="USD", date="2024", status="planned", by="musk")
deal("d_meta_quarter", "a4", "meta-2024-gpu-purchase", "Meta quarterly GPU purchase", "purchase",
     parties=[("meta", "buyer"), ("nvidia", "seller")], targets=["nvgpu"], count=150000,
     period="one quarter", date="2024-01", by="zuckerberg")
deal("d_meta_h100", "a2", "meta-h100-purchase", "Meta H100 purchase", "purchase",
     parties=[("meta", "buyer"), ("nvidia", "seller")], targets=["h100"],
     amount_note="several billion USD", by="cnbc")
deal("d_ms_gpus", "a2", "microsoft-nvidia-gpu-purchase", "Microsoft NVIDIA GPU purchase",
     "purchase", parties=[("microsoft", "buyer"), ("nvidia", "seller")], targets=["nvgpu"],
     amount_note="several billion USD")
deal("d_amzn_gpus", "a2", "amazon-nvidia-chip-purchase", "Amazon NVIDIA chip purchase", "purchase",
     parties=[("amazon", "buyer"), ("nvidia", "seller")], targets=["nvgpu"])
deal("d_oracle_2024", "a2", "oracle-2024-nvidia-chip-purchase", "Oracle NVIDIA chip purchase 2024",
     "purchase", parties=[("oracle", "buyer"), ("nvidia", "seller")], targets=["nvgpu"])
deal("d_openai_gpus", "a4", "openai-nvidia-gpu-purchase", "OpenAI NVIDIA GPU purchases", "purchase",
     parties=[("openai", "buyer"), ("nvidia", "seller")], targets=["nvgpu"],
     amount=720000000, currency="USD", amount_qualifier="at least")
deal("d_china_devs", "a3", "china-model-developers-2023-gpu-purchase",
     "Chinese model developers 2023 GPU stockpiling", "purchase",
     parties=[("nvidia", "seller")], targets=["nvgpu"], date="2023",
     buyer_note="leading Chinese model developers")
deal("d_dgx1_donation", "a4", "dgx1-openai-2016-donation", "DGX-1 donation to OpenAI", "donation",
     parties=[("nvidia", "donor"), ("huang", "donor"), ("openai", "recipient")], targets=["dgx1"],
     amount=129000, currency="USD", amount_basis="list price", count=1, date="2016",
     city="San Francisco")
deal("d_dgx1_orders", "a4", "dgx1-2016-orders", "DGX-1 orders 2016", "purchase",
     parties=[("nvidia", "seller")], targets=["dgx1"], buyer_count_min=100, date="2016")
deal("d_tsmc_h100", "a0", "nvidia-tsmc-h100-production", "NVIDIA and TSMC H100 production",
     "partnership", parties=[("nvidia", "partner"), ("tsmc", "partner")], targets=["h100"],
     hub="nvidia", date="2023")
deal("d_tsmc_orders", "a1", "nvidia-tsmc-2023-orders", "NVIDIA AI chip orders at TSMC", "purchase",
     parties=[("nvidia", "buyer"), ("tsmc", "seller")], targets=["nvgpu"], date="2023-06",
     process_nm=5)
deal("d_inflection_cluster", "a1", "inflection-h100-cluster", "Inflection AI H100 cluster",
     "partnership", parties=[("inflection", "partner"), ("nvidia", "partner"), ("coreweave", "partner")],
     targets=["h100"], hub="inflection", count=22000, date="2023-06")
deal("d_mlperf_cluster", "a1", "nvidia-coreweave-mlperf-cluster", "NVIDIA and CoreWeave MLPerf cluster",
     "partnership", parties=[("nvidia", "partner"), ("coreweave", "partner")],
     targets=["h100", "mlperf3"], hub="nvidia", count=3584, date="2023-06")
deal("d_gb200_cloud", "a2", "gb200-cloud-partners", "GB200 cloud partners", "partnership",
     parties=[("nvidia", "partner"), ("amazon", "partner"), ("google", "partner"),
              ("microsoft", "partner"), ("oracle", "partner")],
     targets=["gb200"], hub="nvidia", date="2024-03-18")
deal("d_altman_chips", "a4", "altman-ai-chip-fundraising", "Altman AI chip fundraising",
     "fundraising", parties=[("altman", "fundraiser"), ("usgov", "prospective_investor"),
                             ("mideast", "prospective_investor")],
     targets=["chipventure"], amount=7000000000000, currency="USD", amount_qualifier="up to",
     status="reported", date="2024-02", purpose="AI chip fabs")

# ---------------------------------------------------------------------------------------------
# Metrics: dated figures about a company, chip or product (`value` in `unit`).
M = metric
M("m_nv_cap_1t", "a0 a1", "NVIDIA market cap 2023-05-30", "nvidia", metric="market_cap_usd",
  value=1000000000000, unit="USD", qualifier="crossed", date="2023-05-30")
M("m_nv_premarket", "a0", "NVIDIA premarket price 2023-05-30", "nvidia", metric="share_price_usd",
  value=404, unit="USD", date="2023-05-30", session="premarket")
M("m_nv_cap_gain_2023", "a0", "NVIDIA one-day market cap gain 2023-05", "nvidia",
  metric="market_cap_change_usd", value=184000000000, unit="USD", date="2023-05")
M("m_nv_q2fy24_forecast", "a0 a1", "NVIDIA FY2024 Q2 revenue forecast", "nvidia",
  metric="revenue_forecast_usd", value=11000000000, unit="USD", period="FY2024-Q2",
  above_consensus_pct_min=50)
M("m_nv_q1fy24_revenue", "a1", "NVIDIA FY2024 Q1 revenue", "nvidia", metric="revenue_usd",
  value=7190000000, unit="USD", period="FY2024-Q1", date="2023-05-25")
M("m_nv_q1_2023_tf", "a1", "NVIDIA 2023 Q1 revenue (TrendForce)", "nvidia", by="trendforce",
  metric="revenue_usd", value=6730000000, unit="USD", period="2023-Q1", growth_qoq_pct=13.5)
M("m_nv_design_share", "a1", "NVIDIA chip design market share 2023 Q1", "nvidia", by="trendforce",
  metric="chip_design_market_share_pct", value=19.9, unit="percent", period="2023-Q1")
M("m_nv_ytd_2023", "a1", "NVIDIA share price gain 2023 to June", "nvidia",
  metric="share_price_change_pct", value=185, unit="percent", period="2023-YTD", date="2023-06-30")
M("m_nv_china_a1", "a1", "NVIDIA China revenue share (a1)", "nvidia",
  metric="china_revenue_share_pct", value=22, unit="percent", period="FY2023",
  scope="mainland China and Hong Kong")
M("m_tsmc_5nm", "a1", "TSMC 5nm utilization 2023-06", "tsmc", metric="capacity_utilization_pct",
  value_low=70, value_high=80, previous_pct=50, unit="percent", date="2023-06-12", process_nm=5)
M("m_nv_stock_5x", "a2", "NVIDIA share price multiple since ChatGPT", "nvidia",
  metric="share_price_multiple", value=5, unit="multiple", period="2022-11 to 2024-03")
M("m_nv_sales_growth", "a2", "NVIDIA sales growth since ChatGPT", "nvidia",
  metric="sales_growth_multiple", value=2, unit="multiple", qualifier="more than",
  period="2022-11 to 2024-03")
M("m_nv_ai_share_a2", "a2", "NVIDIA AI processor market share", "nvidia",
  metric="ai_processor_market_share_pct", value=80, unit="percent", qualifier="more than")
M("m_nv_china_q3fy24", "a2", "NVIDIA China revenue FY2024 Q3", "nvidia", metric="china_revenue_usd",
  value=4000000000, unit="USD", period="FY2024-Q3", share_pct=22.4, market_rank=3)
M("m_nv_china_fy23_a2", "a2", "NVIDIA China revenue share FY2023 (a2)", "nvidia",
  metric="china_revenue_share_pct", value=50, unit="percent", qualifier="nearly", period="FY2023",
  market_rank=1)
M("m_nv_china_loss", "a2", "NVIDIA China revenue loss FY2024", "nvidia",
  metric="china_revenue_loss_usd", value=12000000000, unit="USD", qualifier="nearly",
  period="FY2024")
M("m_nv_gtc_drop", "a2", "NVIDIA after-hours move after GTC 2024", "nvidia",
  metric="share_price_change_pct", value=-1.4, unit="percent", qualifier="more than",
  date="2024-03-18", session="after hours")
M("m_h100_price_bernstein", "a2", "H100 price (Bernstein)", "h100", by="bernstein",
  metric="price_usd", value_low=25000, value_high=30000, unit="USD", secondary_market_min=40000)
M("m_chatgpt_query_cost", "a2", "ChatGPT cost per query", "chatgpt", by="bernstein",
  metric="cost_per_query_usd", value=0.04, unit="USD")
M("m_nv_cap_3t", "a3", "NVIDIA market cap 2024-06-05", "nvidia", metric="market_cap_usd",
  value=3010000000000, unit="USD", date="2024-06-05", close_change_pct=5.16, tech_rank=2)
M("m_ms_cap_2024", "a3", "Microsoft market cap 2024-06-05", "microsoft", metric="market_cap_usd",
  value=3150000000000, unit="USD", date="2024-06-05")
M("m_nv_2t_3t", "a3", "NVIDIA months from 2T to 3T market cap", "nvidia",
  metric="months_from_2t_to_3t_usd", value=3, unit="months", qualifier="about", date="2024-06")
M("m_nv_ytd_2024", "a3", "NVIDIA share price gain 2024 to June", "nvidia",
  metric="share_price_change_pct", value=147, unit="percent", qualifier="more than",
  period="2024-YTD", date="2024-06-05")
M("m_nv_2023_gain", "a3", "NVIDIA share price gain 2023", "nvidia", metric="share_price_change_pct",
  value=200, unit="percent", period="2023")
M("m_nv_china_a3", "a3", "NVIDIA China revenue share 2024 (a3)", "nvidia",
  metric="china_revenue_share_pct", value=4, unit="percent", qualifier="less than",
  previous_pct=25, period="2024")
M("m_gpu_demand_2025", "a3", "NVIDIA GPU demand forecast 2025", "nvidia",
  metric="gpu_demand_a100_equivalent", value=1000000, unit="count", qualifier="more than",
  period="2025")
M("m_openai_rev_cost", "a3", "OpenAI monthly revenue to cost ratio", "openai",
  metric="revenue_to_cost_ratio", value=0.33, unit="ratio", qualifier="less than")
M("m_nv_cap_gain_2024", "a4", "NVIDIA one-day market cap gain 2024-02-22", "nvidia",
  metric="market_cap_change_usd", value=277000000000, unit="USD", date="2024-02-22",
  record=True, equivalent_to=["Alibaba", "JD.com", "Baidu"])
M("m_nv_cap_2t", "a4", "NVIDIA market cap 2024-02-22", "nvidia", metric="market_cap_usd",
  value=2000000000000, unit="USD", qualifier="nearly", date="2024-02-22")
M("m_nv_10y", "a4", "NVIDIA share price multiple over 10 years", "nvidia",
  metric="share_price_multiple", value=200, unit="multiple", period="10 years")
M("m_nv_ai_compute_share", "a4", "NVIDIA AI compute market share", "nvidia",
  metric="ai_compute_market_share_pct", value=95, unit="percent")
M("m_nv_cap_100b", "a4", "NVIDIA market cap first above 100B", "nvidia", metric="market_cap_usd",
  value=100000000000, unit="USD", qualifier="first above", period="2017-H2")
M("m_ms_cap_600b", "a4", "Microsoft market cap 2000", "microsoft", metric="market_cap_usd",
  value=600000000000, unit="USD", qualifier="first above", period="2000", first_company=True)
M("m_intel_cap_2000", "a4", "Intel market cap 2000", "intel", metric="market_cap_usd",
  value=300000000000, unit="USD", qualifier="about", period="2000")
M("m_apple_rank", "a4", "Apple market cap rank 2010-2013", "apple", metric="market_cap_rank",
  value=1, unit="rank", period="2010-2013")
M("m_sora_compute", "a4", "Sora training compute vs LLMs", "sora", by="huaxi",
  metric="training_compute_multiple_vs_llm", value=100, unit="multiple", qualifier="nearly")
M("m_sora_params", "a4", "Sora parameter count estimate", "sora", by="zhangxr",
  metric="parameters", value=3000000000, unit="count", qualifier="possibly")
M("m_min_server_invest", "a0", "Minimum server investment for generative AI", None, by="musk",
  metric="min_server_investment_usd", value=250000000, unit="USD")
M("m_meta_gpus_2024", "a4", "Meta GPUs by end of 2024", "meta", by="zuckerberg",
  metric="gpus_held", value=350000, unit="count", date="2024-12")
M("m_chatgpt_power", "a3", "ChatGPT daily power use", "chatgpt", by="nyt",
  metric="daily_power_kwh", value=500000, unit="kWh", qualifier="more than")
M("m_openai_a100", "a3", "OpenAI A100 count for ChatGPT (NYT)", "openai", by="nyt",
  metric="a100_count", value=30000, unit="count")
M("m_openai_hgx", "a4", "OpenAI HGX A100 servers (SemiAnalysis)", "openai", by="semianalysis",
  metric="hgx_a100_servers", value=3617, unit="count", gpus_about=30000)
M("m_nv_lead_years", "a0", "NVIDIA lead over rivals (Benaich)", "nvidia", by="benaich",
  metric="lead_years", value=2, unit="years")
M("m_compute_growth", "a4", "AI compute demand growth per year (Shum)", None, by="shum",
  metric="compute_demand_growth_multiple_per_year", value=4, unit="multiple", qualifier="more than",
  from_related_links=True)
